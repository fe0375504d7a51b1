package io.mskconsole.ui.trail;

import io.mskconsole.core.trail.TrailProgress;
import java.util.Locale;

/** "1,250 events · 26 pages · 13.2 s · loading (1 of 2 regions finished)", "… · done". */
final class ProgressText {
    private ProgressText() {
    }

    static String of(TrailProgress progress, boolean stopped) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%,d events · %d pages · %.1f s",
                progress.events(), progress.pages(), progress.elapsed().toMillis() / 1000.0));
        if (stopped) {
            text.append(" · stopped");
        } else if (!progress.finished()) {
            text.append(" · loading");
            if (progress.regionsTotal() > 1) {
                text.append(" (").append(progress.regionsDone()).append(" of ").append(progress.regionsTotal())
                        .append(" regions finished)");
            }
        } else {
            text.append(progress.regionsTotal() > 1 ? " · all " + progress.regionsTotal() + " regions done" : " · done");
        }
        if (progress.throttled() > 0) {
            text.append(" · ").append(progress.throttled()).append(" throttled (waited)");
        }
        if (progress.skipped() > 0) {
            text.append(" · ").append(progress.skipped()).append(" broken records skipped");
        }
        return text.toString();
    }
}
