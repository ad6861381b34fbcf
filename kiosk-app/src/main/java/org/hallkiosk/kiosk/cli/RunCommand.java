package org.hallkiosk.kiosk.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.kiosk.systemd.SystemdNotifier;
import org.hallkiosk.kiosk.systemd.Watchdog;
import org.hallkiosk.kiosk.ui.CjkFont;
import org.hallkiosk.kiosk.ui.FxPlatform;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.hallkiosk.kiosk.ui.KioskUi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl run}: the kiosk itself, full-screen (or windowed for development). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start the kiosk UI (full-screen unless --windowed).")
final class RunCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--windowed", description = "Run in a normal window with the cursor shown (development).")
    boolean windowed;

    @Option(names = "--exit-when-ready", hidden = true,
            description = "Quit as soon as the home screen is ready (start-up benchmark).")
    boolean exitWhenReady;

    /** What a full-screen kiosk on the factory PIN says at start, on the console and in the log. */
    static final String FACTORY_PIN_NOTICE = "the admin PIN is still the factory PIN, so the admin corner is disabled."
            + " Set a PIN on this machine with: kioskctl config set-pin  (then restart the kiosk)";

    @Spec
    CommandSpec spec;

    /** Says, on the console and in the log (a warning reaches both), that admin is off until a PIN is set. */
    static boolean announceFactoryPin(org.hallkiosk.kiosk.config.KioskConfig config, boolean windowed, Logger log) {
        if (windowed || !config.usesFactoryPin()) {
            return false;
        }
        log.warn(FACTORY_PIN_NOTICE);
        return true;
    }

    @Override
    public Integer call() throws Exception {
        StartupPhases phases = new StartupPhases();
        phases.mark("jvm+cli");
        KioskCtl ctl = KioskCtl.of(spec);
        ctl.config(); // a broken kiosk.yaml fails here, before any window opens
        phases.mark("config");
        // The toolkit's start (display, fonts, GTK) and the kiosk's services (logging, devices, catalogue)
        // do not depend on each other: start both at once on the two cores.
        CompletableFuture<Void> toolkit = CompletableFuture.runAsync(() -> {
            try {
                FxPlatform.start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting JavaFX", e);
            }
        });
        Logger log = LoggerFactory.getLogger(RunCommand.class);
        announceFactoryPin(ctl.config(), windowed, log);
        CountDownLatch ended = new CountDownLatch(1);
        // Under the kiosk's systemd unit: READY once home shows, device trouble in 'systemctl status', watchdog pings.
        Optional<SystemdNotifier> systemd = SystemdNotifier.fromEnvironment(ctl.env());
        Runnable exit = () -> {
            log.info("kiosk exit requested from admin");
            systemd.ifPresent(SystemdNotifier::stopping);
            ended.countDown();
            Platform.exit();
        };
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        KioskUi[] ui = new KioskUi[1];
        KioskContext context = KioskAssembly.context(ctl, ctl.clock(), exit,
                task -> firstFrame.thenRun(() -> KioskAssembly.daemon(task)));
        // Devices open (and simulators draw their fonts) once the home screen is up; nothing on it needs them.
        firstFrame.thenRun(() -> context.devices().start());
        // Open the queue at start, which erases the identity codes of past days even if no visitor takes a ticket.
        firstFrame.thenRun(() -> KioskAssembly.daemon(() -> ui[0].queue().services()));
        systemd.ifPresent(n -> context.devices().onChange(e -> n.status("kiosk " + context.config().kioskId() + ": " + e.describe())));
        phases.mark("services");
        try {
            toolkit.join();
            phases.mark("toolkit");
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CommandFailure("cannot open the display (" + cause.getMessage()
                    + "). Without a display, run: kioskctl demo --out DIR");
        }
        Platform.setImplicitExit(true);
        Watchdog[] watchdog = new Watchdog[1];
        FxPlatform.run(() -> {
            CjkFont.Outcome font = CjkFont.ensureLoaded();
            if (font.available()) {
                log.info("font '{}': {}", CjkFont.FAMILY, font.source());
            } else {
                log.warn("font '{}' is not installed and JavaFX could not load the bundled copy (on Linux that needs the pango"
                        + " library): Chinese may show as boxes. Fix: start the kiosk through ./kiosk, or install {}",
                        CjkFont.FAMILY, org.hallkiosk.font.CjkFontLookup.PACKAGE);
            }
            ui[0] = new KioskUi(context);
            phases.mark("ui");
            Stage stage = new Stage();
            stage.setOnHidden(e -> ended.countDown());
            ui[0].show(stage, windowed, () -> {
                phases.mark("first frame");
                long readyMs = phases.sinceJvmStart();
                log.info("ready in {} ms ({})", readyMs, phases.summary());
                systemd.ifPresent(n -> {
                    n.ready("kiosk " + context.config().kioskId() + " ready in " + readyMs + " ms");
                    Watchdog.intervalFrom(ctl.env()).ifPresent(every ->
                            watchdog[0] = new Watchdog(n, every, Platform::runLater, Clock.systemUTC()).start());
                });
                firstFrame.complete(null);
                if (exitWhenReady) {
                    spec.commandLine().getOut().println("ready in " + readyMs + " ms");
                    spec.commandLine().getOut().flush();
                    exit.run();
                }
            });
            log.info("kiosk {} started ({}), data in {}", context.config().kioskId(),
                    windowed ? "windowed" : "full-screen", context.data().root());
        });
        context.contentLoading().thenAccept(content -> {
            phases.mark("content (in background)");
            Platform.runLater(ui[0]::refreshHallName);
            content.addListener(outcome -> Platform.runLater(ui[0]::refreshHallName));
            if (content.directory().isPresent()) {
                try {
                    content.watch(CatalogueHolder.DEFAULT_DEBOUNCE);
                } catch (java.io.IOException e) {
                    log.error("cannot watch the content directory {} for changes: {}", content.directory().get(), e.getMessage());
                }
            }
        });
        ended.await();
        if (ui[0] != null) {
            ui[0].close();
        }
        if (watchdog[0] != null) {
            watchdog[0].close();
        }
        return 0;
    }
}
