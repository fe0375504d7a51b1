package io.mskconsole.aws.kafka.authorizerlogs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * On an MSK client: adds {@code authorizerLogs} to the body of a request that asks for it ({@link #INSERT}); other
 * calls pass through untouched. The body is changed before signing, with its Content-Length, so the signature covers
 * what is sent. (Reading the member from answers needs no interceptor of its own: {@code raw.RawAnswers} keeps them.)
 */
public final class AuthorizerLogsInterceptor implements ExecutionInterceptor {
    /** The one instance every MSK client registers, so a gateway can tell it is there. */
    public static final AuthorizerLogsInterceptor INSTANCE = new AuthorizerLogsInterceptor();

    static final ExecutionAttribute<Insertion> INSERT = new ExecutionAttribute<>("MskConsole.AuthorizerLogs.Insert");
    private static final ExecutionAttribute<byte[]> NEW_BODY = new ExecutionAttribute<>("MskConsole.AuthorizerLogs.Body");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MEMBER = "authorizerLogs";

    private AuthorizerLogsInterceptor() {
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        byte[] body = newBody(context, attributes);
        return body == null ? context.requestBody() : Optional.of(RequestBody.fromBytes(body));
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        byte[] body = newBody(context, attributes);
        return body == null ? context.httpRequest()
                : context.httpRequest().toBuilder().putHeader("Content-Length", Integer.toString(body.length)).build();
    }

    /**
     * The body with authorizerLogs added, made once per call whichever of the two hooks the SDK runs first (2.41
     * runs modifyHttpContent before modifyHttpRequest, both on the body as marshalled); null when the call sends none.
     */
    private static byte[] newBody(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Insertion insertion = attributes.getAttribute(INSERT);
        if (insertion == null) {
            return null;
        }
        byte[] body = attributes.getAttribute(NEW_BODY);
        if (body == null) {
            body = withAuthorizerLogs(context.requestBody().orElseThrow(() -> new RequestNotSent(
                    "the request has no body to add authorizerLogs to")), insertion);
            attributes.putAttribute(NEW_BODY, body);
        }
        return body;
    }

    /** The body with the member added inside its loggingInfo object; refuses rather than send it half-made. */
    static byte[] withAuthorizerLogs(RequestBody body, Insertion insertion) {
        try (InputStream in = body.contentStreamProvider().newStream()) {
            JsonNode root = JSON.readTree(in);
            JsonNode logging = root == null ? null : root.at(insertion.loggingInfo());
            if (logging == null || !logging.isObject()) {
                throw new RequestNotSent("the request has no loggingInfo at " + insertion.loggingInfo()
                        + " to add authorizerLogs to");
            }
            if (logging.has(MEMBER)) {
                throw new RequestNotSent("the AWS SDK now writes loggingInfo.authorizerLogs itself: remove the "
                        + "package io.mskconsole.aws.kafka.authorizerlogs");
            }
            ((ObjectNode) logging).set(MEMBER, insertion.authorizerLogs());
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new RequestNotSent("could not add authorizerLogs to the request (" + e.getMessage() + ")", e);
        }
    }
}
