package io.mskconsole.aws.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The form body: Action and Version first, then the parameters in order, percent-encoded as RFC 3986 says. */
class QueryFormTest {
    @Test
    void actionAndVersionComeFirstThenTheParametersInOrder() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("MaxResults", "100");
        parameters.put("NextToken", "eyJ2IjoiMiJ9+/=");
        parameters.put("Filter.1.Name", "vpc-id");

        assertThat(QueryForm.encode("DescribeSubnets", "2016-11-15", parameters)).isEqualTo("Action=DescribeSubnets"
                + "&Version=2016-11-15&MaxResults=100&NextToken=eyJ2IjoiMiJ9%2B%2F%3D&Filter.1.Name=vpc-id");
    }

    @Test
    void onlyUnreservedCharactersStayAsTheyAre() {
        assertThat(QueryForm.percentEncode("AZaz09-_.~")).isEqualTo("AZaz09-_.~");
        assertThat(QueryForm.percentEncode("a b*c&d=e%f")).isEqualTo("a%20b%2Ac%26d%3De%25f");
        assertThat(QueryForm.percentEncode("équipe ✓")).isEqualTo("%C3%A9quipe%20%E2%9C%93");
    }
}
