package io.mskconsole.ui.shell;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** What the About dialog shows, gathered by the app at start-up; also copied as text for a support ticket. */
public record AboutInfo(String appVersion, String java, String javafx, String awsSdk, String operatingSystem,
                        Path settingsFolder, Path logFolder) {
    public static final AboutInfo UNKNOWN = new AboutInfo("development build", "unknown", "unknown", "unknown",
            "unknown", Path.of("."), Path.of("."));

    /** The facts, in the order shown. */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("MSK Console", appVersion);
        facts.put("Java", java);
        facts.put("JavaFX", javafx);
        facts.put("AWS SDK for Java", awsSdk);
        facts.put("Operating system", operatingSystem);
        facts.put("Settings", settingsFolder.toString());
        facts.put("Log", logFolder.toString());
        return facts;
    }

    public String asText() {
        return facts().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
