package org.hallkiosk.kiosk.ui.admin;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hallkiosk.kiosk.devices.DeviceChecks;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.FxPlatform;

/** The operator's screen behind the PIN: version, configuration, recent log, exit. */
public final class AdminView {

    private AdminView() {
    }

    /** The admin screen; {@code featurePanels} are the flows' own operator panels (e.g. the queue's 补打). */
    public static Node create(Controls controls, AdminViewModel model, DeviceChecks devices, java.util.List<Node> featurePanels,
                              Runnable close, Runnable exitKiosk) {
        var i18n = controls.i18n();
        Label title = controls.label("admin.title", "message-title");
        Label version = new Label();
        version.textProperty().bind(i18n.text("admin.version", model.version()));
        Label kiosk = new Label();
        kiosk.textProperty().bind(i18n.text("admin.kioskId", model.config().kioskId()));
        VBox box = new VBox(title, version, kiosk);
        if (model.config().usesFactoryPin()) {
            Label warn = controls.label("admin.factoryPin", "admin-warning");
            warn.setId("admin-factory-pin");
            box.getChildren().add(warn);
        }
        Label source = new Label();
        source.textProperty().bind(model.configSource()
                .map(p -> i18n.text("admin.config.source", p.toString()))
                .orElseGet(() -> i18n.text("admin.config.defaults")));
        Label configText = new Label(String.join("\n", model.configSummary()));
        configText.setId("admin-config");
        Label contentInfo = new Label(model.contentSummary());
        contentInfo.setId("admin-content");
        Label contentErrors = new Label(String.join("\n", model.contentErrors()));
        contentErrors.setId("admin-content-errors");
        contentErrors.getStyleClass().add("admin-warning");
        contentErrors.visibleProperty().bind(contentErrors.textProperty().isNotEmpty());
        contentErrors.managedProperty().bind(contentErrors.visibleProperty());
        Button reload = controls.button("admin-reload-content", "admin.content.reload", "mdi2r-refresh", () -> {
            contentErrors.setText(String.join("\n", model.reloadContent()));
            contentInfo.setText(model.contentSummary());
        });
        reload.setDisable(!model.contentReloadable());
        Label deviceStates = new Label(String.join("\n", devices.stateLines()));
        deviceStates.setId("admin-devices");
        Label deviceResult = new Label();
        deviceResult.setId("admin-device-result");
        HBox deviceActions = new HBox(
                controls.button("admin-test-print", "admin.devices.testPrint", "mdi2p-printer", () -> run(devices.testPrint(), deviceResult, deviceStates, devices)),
                controls.button("admin-read-card", "admin.devices.readCard", "mdi2c-card-account-details", () -> run(devices.readCard(), deviceResult, deviceStates, devices)),
                controls.button("admin-scan", "admin.devices.scan", "mdi2q-qrcode-scan", () -> run(devices.scanOnce(), deviceResult, deviceStates, devices)));
        deviceActions.setSpacing(16);
        TextArea log = new TextArea(String.join("\n", model.logTail(40)));
        log.setId("admin-log");
        log.setEditable(false);
        log.getStyleClass().add("log-tail");
        log.setPrefRowCount(10);
        HBox actions = new HBox(
                controls.button("admin-close", "admin.close", "mdi2a-arrow-left", close),
                controls.button("admin-exit", "admin.exit", "mdi2l-lock", exitKiosk));
        actions.setSpacing(16);
        box.getChildren().addAll(controls.label("admin.config", "admin-section"), source, configText,
                controls.label("admin.devices", "admin-section"), deviceStates, deviceActions, deviceResult,
                controls.label("admin.content", "admin-section"), contentInfo, contentErrors, reload);
        box.getChildren().addAll(featurePanels);
        box.getChildren().addAll(controls.label("admin.logTail", "admin-section"), log, actions);
        box.getStyleClass().add("admin");
        box.setId("screen-admin");
        ScrollPane scroll = new ScrollPane(box);
        scroll.getStyleClass().add("admin-scroll");
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static void run(java.util.concurrent.CompletableFuture<String> test, Label result, Label states, DeviceChecks devices) {
        result.setText("…");
        test.thenAccept(line -> FxPlatform.onFxThread(() -> {
            result.setText(line);
            states.setText(String.join("\n", devices.stateLines()));
        }));
    }
}
