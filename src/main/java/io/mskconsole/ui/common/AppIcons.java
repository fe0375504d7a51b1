package io.mskconsole.ui.common;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The app icon (made from icons/msk-console.svg, packed into the jar by the build) on every window and dialog:
 * once {@link #install()} is called, each stage that opens without icons of its own gets them.
 */
public final class AppIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static List<Image> images;
    private static boolean installed;

    private AppIcons() {
    }

    /** The icon in every size packed, smallest first (empty when the build did not pack them). */
    public static synchronized List<Image> images() {
        if (images == null) {
            List<Image> loaded = new ArrayList<>();
            for (int size : SIZES) {
                try (InputStream png = AppIcons.class.getResourceAsStream(
                        "/io/mskconsole/ui/icons/msk-console-" + size + ".png")) {
                    if (png != null) {
                        loaded.add(new Image(png));
                    }
                } catch (java.io.IOException e) {
                    // a missing icon size is not worth failing a window over
                }
            }
            images = List.copyOf(loaded);
        }
        return images;
    }

    /** The largest icon packed, or null. */
    public static Image largest() {
        List<Image> all = images();
        return all.isEmpty() ? null : all.get(all.size() - 1);
    }

    /** From now on every stage shown gets the icon. On the JavaFX application thread. */
    public static void install() {
        if (installed) {
            return;
        }
        installed = true;
        Window.getWindows().forEach(AppIcons::decorate);
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(AppIcons::decorate);
            }
        });
    }

    private static void decorate(Window window) {
        if (window instanceof Stage stage && stage.getIcons().isEmpty()) {
            stage.getIcons().setAll(images());
        }
    }
}
