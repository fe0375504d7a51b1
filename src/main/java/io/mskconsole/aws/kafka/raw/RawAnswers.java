package io.mskconsole.aws.kafka.raw;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.kafka.KafkaClient;

/**
 * On an MSK client: keeps the raw JSON of the successful answers of a call that asks for it ({@link #keep}), so the
 * members the SDK does not model can be read, and a change never sends back less than the cluster has. The answer
 * is read whole (MSK's answers are small JSON documents) and handed on to the SDK unchanged. Calls that do not ask
 * pass through untouched.
 */
public final class RawAnswers implements ExecutionInterceptor {
    /** The one instance every MSK client registers, so a gateway can tell it is there. */
    public static final RawAnswers INSTANCE = new RawAnswers();

    private static final ExecutionAttribute<RawBodies> KEEP = new ExecutionAttribute<>("MskConsole.RawAnswers.Keep");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RawAnswers() {
    }

    /** Refuses a client without this interceptor: through it a change could send back less than the cluster has. */
    public static void requireOn(KafkaClient kafka) {
        if (!kafka.serviceClientConfiguration().overrideConfiguration().executionInterceptors().contains(INSTANCE)) {
            throw new IllegalStateException("This MSK client cannot read what the SDK does not model (it was built "
                    + "without RawAnswers); nothing was sent.");
        }
    }

    /** Request options that keep the call's answers in {@code bodies}. */
    public static Consumer<AwsRequestOverrideConfiguration.Builder> keep(RawBodies bodies) {
        return options -> options.putExecutionAttribute(KEEP, bodies);
    }

    @Override
    public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context,
                                                           ExecutionAttributes attributes) {
        RawBodies keep = attributes.getAttribute(KEEP);
        Optional<InputStream> content = context.responseBody();
        if (keep == null || content.isEmpty() || !context.httpResponse().isSuccessful()) {
            return content;
        }
        byte[] bytes;
        try (InputStream in = content.get()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read MSK's answer: " + e.getMessage(), e);
        }
        try {
            keep.add(JSON.readTree(bytes));
        } catch (IOException notJson) {
            // the SDK's own unmarshaller reports a body that is not JSON
        }
        return Optional.of(new ByteArrayInputStream(bytes));
    }
}
