package io.mskconsole.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a probe class in a child JVM whose HOME is a test's folder, for what the SDK reads from the home folder (the
 * SSO token cache under {@code ~/.aws/sso/cache}): no AWS_ variable of this process leaks in, the instance metadata
 * service is off, and the SSO, SSO-OIDC and STS endpoints are the stub's. Its arguments are the config file, the
 * credentials file and the stub's address, then the caller's.
 */
public final class HomeProbe {
    private HomeProbe() {
    }

    /** What the probe printed on stdout; it must exit 0 within a minute (its stderr is kept in HOME/probe.err). */
    public static String run(Class<?> probe, Path home, int stubPort, String... arguments) throws Exception {
        String endpoint = "http://127.0.0.1:" + stubPort;
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), io.mskconsole.testing.LoggingConfig.nothing(),
                probe.getName(), home.resolve(".aws/config").toString(), home.resolve(".aws/credentials").toString(),
                endpoint));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        new HashMap<>(env).keySet().stream().filter(name -> name.startsWith("AWS_")).forEach(env::remove);
        env.put("HOME", home.toString());
        env.put("AWS_EC2_METADATA_DISABLED", "true");
        env.put("AWS_ENDPOINT_URL_SSO_OIDC", endpoint);
        env.put("AWS_ENDPOINT_URL_SSO", endpoint);
        env.put("AWS_ENDPOINT_URL_STS", endpoint);
        Process process = builder.redirectError(home.resolve("probe.err").toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("probe exit; stderr in " + home.resolve("probe.err")).isZero();
        return output;
    }

    /** The token cache file's name of an sso-session (or a legacy profile's start URL), as the AWS CLI names it. */
    public static String tokenCacheName(String sessionOrStartUrl) throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-1").digest(sessionOrStartUrl.getBytes(StandardCharsets.UTF_8));
        return String.format("%040x", new BigInteger(1, digest)) + ".json";
    }
}
