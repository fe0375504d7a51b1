package io.mskconsole.ui.shell;

import io.mskconsole.ui.common.DialogService;
import io.mskconsole.ui.common.Styles;
import java.util.Locale;
import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/** Help → About: the app's version and those of what it runs on, with a button to copy them for a ticket. */
final class AboutDialog {
    private AboutDialog() {
    }

    static Dialog<ButtonType> create(Window owner, AboutInfo info, Image icon, DialogService dialogs) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("About MSK Console");
        dialog.getDialogPane().setId("aboutDialog");
        Styles.apply(dialog.getDialogPane());

        Label name = new Label("MSK Console");
        name.getStyleClass().add("details-title");
        Label tagline = new Label("Broker and authorizer log delivery, destinations and CloudTrail for Amazon MSK");
        tagline.getStyleClass().add("muted");
        VBox heading = new VBox(2, name, tagline);
        HBox top = icon == null ? new HBox(heading) : new HBox(14, image(icon), heading);

        GridPane grid = new GridPane();
        grid.setHgap(14);
        grid.setVgap(6);
        int row = 0;
        for (Map.Entry<String, String> fact : info.facts().entrySet()) {
            Label key = new Label(fact.getKey());
            key.getStyleClass().add("muted");
            Label value = new Label(fact.getValue());
            value.setId("about" + fact.getKey().replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT));
            value.setWrapText(true);
            grid.addRow(row++, key, value);
        }
        VBox content = new VBox(16, top, grid);
        content.getStyleClass().add("details");
        dialog.getDialogPane().setContent(content);

        ButtonType copy = new ButtonType("Copy details", ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().addAll(copy, ButtonType.CLOSE);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        copyButton.setId("aboutCopy");
        copyButton.addEventFilter(ActionEvent.ACTION, event -> {
            dialogs.copyToClipboard(info.asText());
            copyButton.setText("Copied");
            event.consume();
        });
        return dialog;
    }

    private static ImageView image(Image icon) {
        ImageView view = new ImageView(icon);
        view.setFitWidth(64);
        view.setFitHeight(64);
        view.setPreserveRatio(true);
        return view;
    }
}
