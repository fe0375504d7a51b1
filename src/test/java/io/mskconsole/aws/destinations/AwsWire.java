package io.mskconsole.aws.destinations;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire formats of the services behind the destination adapters, as AWS sends them: JSON 1.1 (CloudWatch Logs,
 * Firehose, KMS: POST / with X-Amz-Target), REST-XML (S3) and the query protocol (IAM, STS: a form body with Action
 * and Version, XML answers).
 */
final class AwsWire {
    static final String ACCOUNT = "123456789012";
    static final String JSON_11 = "application/x-amz-json-1.1";
    static final String S3_NS = "http://s3.amazonaws.com/doc/2006-03-01/";
    static final String IAM_NS = "https://iam.amazonaws.com/doc/2010-05-08/";
    static final String STS_NS = "https://sts.amazonaws.com/doc/2011-06-15/";
    static final String IAM_VERSION = "2010-05-08";
    static final String STS_VERSION = "2011-06-15";

    private AwsWire() {
    }

    /** A JSON 1.1 call: POST / with the operation's X-Amz-Target. */
    static MappingBuilder json(String target) {
        return post(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target));
    }

    static RequestPatternBuilder jsonSent(String target) {
        return postRequestedFor(urlEqualTo("/")).withHeader("X-Amz-Target", equalTo(target))
                .withHeader("Content-Type", equalTo(JSON_11));
    }

    static ResponseDefinitionBuilder jsonOk(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "5f1b2c3d-0000-4000-8000-000000000001").withBody(body);
    }

    /** A JSON 1.1 error: HTTP status and {"__type", "message"}, as CloudWatch Logs, Firehose and KMS answer. */
    static ResponseDefinitionBuilder jsonError(int status, String type, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", JSON_11)
                .withHeader("x-amzn-RequestId", "5f1b2c3d-0000-4000-8000-000000000002")
                .withBody("{\"__type\": \"" + type + "\", \"message\": \"" + message + "\"}");
    }

    /** A query-protocol call: POST / whose form body names the action. */
    static MappingBuilder query(String action) {
        return post(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"));
    }

    static RequestPatternBuilder querySent(String action) {
        return postRequestedFor(urlEqualTo("/")).withRequestBody(containing("Action=" + action + "&"))
                .withHeader("Content-Type", containing("application/x-www-form-urlencoded"));
    }

    /** The XML answer of a query action: {@code <XResponse><XResult>result</XResult><ResponseMetadata/>}. */
    static ResponseDefinitionBuilder queryOk(String action, String namespace, String result) {
        return xml(200, "<" + action + "Response xmlns=\"" + namespace + "\">\n  <" + action + "Result>\n" + result
                + "\n  </" + action + "Result>\n  <ResponseMetadata>\n    <RequestId>"
                + "7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>\n  </ResponseMetadata>\n</" + action + "Response>\n");
    }

    static ResponseDefinitionBuilder queryError(int status, String namespace, String code, String message) {
        return xml(status, "<ErrorResponse xmlns=\"" + namespace + "\">\n  <Error>\n    <Type>Sender</Type>\n"
                + "    <Code>" + code + "</Code>\n    <Message>" + message + "</Message>\n  </Error>\n"
                + "  <RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId>\n</ErrorResponse>\n");
    }

    /** An S3 error document. */
    static ResponseDefinitionBuilder s3Error(int status, String code, String message) {
        return xml(status, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
                + message + "</Message><RequestId>4442587FB7D0A2F9</RequestId><HostId>"
                + "hlT7CzKVwMIVPE4p0bUjrbUWzYXl9Ba2FDJfJrmHLnSXbWnY1l5qj6XpGZH5Y8lXnjm9EwUGXmQ=</HostId></Error>");
    }

    static ResponseDefinitionBuilder xml(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "text/xml")
                .withHeader("x-amzn-RequestId", "7a62c49f-347e-4fc4-9331-6e8eEXAMPLE").withBody(body);
    }

    /** The form fields of a query-protocol request, decoded, in the order sent. */
    static Map<String, String> form(LoggedRequest request) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : request.getBodyAsString().split("&")) {
            int equals = pair.indexOf('=');
            String key = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.put(key, value);
        }
        return fields;
    }

    /** The only request of this pattern the stub received. */
    static LoggedRequest only(WireMockExtension stub, RequestPatternBuilder pattern) {
        List<LoggedRequest> requests = stub.findAll(pattern);
        assertThat(requests).hasSize(1);
        return requests.get(0);
    }

    /** The region in the credential scope of the request's SigV4 signature. */
    static String signedRegion(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        String scope = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length());
        return scope.split("/")[2];
    }

    /** The service in the credential scope of the request's SigV4 signature. */
    static String signedService(LoggedRequest request) {
        String authorization = request.getHeader("Authorization");
        String scope = authorization.substring(authorization.indexOf("Credential=") + "Credential=".length());
        return scope.split("/")[3];
    }
}
