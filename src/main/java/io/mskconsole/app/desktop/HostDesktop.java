package io.mskconsole.app.desktop;

import io.mskconsole.cli.SystemBrowser;
import io.mskconsole.ui.common.DesktopActions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.HostServices;

/**
 * Opens folders in the desktop's file manager and addresses in the browser, through JavaFX's host services, off the
 * JavaFX thread.
 */
public final class HostDesktop implements DesktopActions {
    private static final System.Logger LOG = System.getLogger(HostDesktop.class.getName());
    private final HostServices host;

    public HostDesktop(HostServices host) {
        this.host = host;
    }

    @Override
    public void openFolder(Path folder) {
        Thread opener = new Thread(() -> {
            try {
                Files.createDirectories(folder);
                host.showDocument(folder.toUri().toString());
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "Could not open the folder " + folder, e);
            }
        }, "msk-console-open-folder");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * Through the system's opener (xdg-open, open, the URL handler), whose answer says whether a browser opened:
     * JavaFX's host services say nothing when none could be.
     */
    @Override
    public void openAddress(String address, Runnable failed) {
        Thread opener = new Thread(() -> {
            if (!SystemBrowser.open(address)) {
                LOG.log(System.Logger.Level.WARNING, "Could not open a browser for the sign-in address");
                failed.run();
            }
        }, "msk-console-open-browser");
        opener.setDaemon(true);
        opener.start();
    }
}
