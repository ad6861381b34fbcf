package org.hallkiosk.kiosk.cli;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.manager.DeviceKind;
import org.hallkiosk.device.manager.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.kiosk.devices.KioskDevices;
import org.hallkiosk.kiosk.hall.HallLink;
import org.hallkiosk.kiosk.hall.KioskQueues;
import org.hallkiosk.queue.CatalogueLines;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.slf4j.LoggerFactory;

/** Wires the kiosk's parts together by hand from the command line's configuration: the one place that does. */
final class KioskAssembly {

    private KioskAssembly() {
    }

    static KioskContext context(KioskCtl ctl, Clock clock, Runnable exit) throws ConfigException {
        return context(ctl, clock, exit, KioskAssembly::daemon);
    }

    /**
     * The context, with the catalogue loaded by {@code contentLoader}: the kiosk hands it an executor that
     * waits for the first frame, so that the 2 cores draw the home screen first and parse YAML after.
     */
    static KioskContext context(KioskCtl ctl, Clock clock, Runnable exit, Executor contentLoader) throws ConfigException {
        DataDirectory data;
        try {
            data = ctl.dataDirectory().ensureExists();
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        var config = ctl.config();
        // The catalogue takes a while to parse, check and index: load it beside the toolkit's start-up.
        CompletableFuture<CatalogueHolder> content = CompletableFuture.supplyAsync(() -> content(config, clock), contentLoader);
        I18n words = new I18n(config.language());
        List<String> fallback = List.of(words.get("attract.default.1"), words.get("attract.default.2"), words.get("attract.default.3"));
        KioskContext[] context = new KioskContext[1];
        List<DeviceKind> hall = KioskQueues.deviceKinds(config, data.root(),
                () -> new CatalogueLines(() -> content.join().current().catalogue()), clock);
        KioskDevices devices = devices(config, hall);
        // hall mode: the help button also calls the hall's counters (the screen shows the call either way)
        devices.manager().device(HallLink.NAME, HallLink.class).ifPresent(link -> devices.onHelp(link::helpPressed));
        context[0] = new KioskContext(config, ctl.configSource(), data, clock, content, devices,
                () -> context[0].contentIfLoaded().map(c -> c.current().catalogue().hall().name()).orElse(""),
                () -> context[0].contentIfLoaded().map(c -> announcements(c, clock, fallback)).orElse(fallback),
                exit);
        return context[0];
    }

    static void daemon(Runnable task) {
        Thread t = new Thread(task, "content-loader");
        t.setDaemon(true);
        t.start();
    }

    /** The configured devices (and, in hall mode, the link to the hall server), not yet opened: {@link KioskDevices#start()} opens them in the background. */
    static KioskDevices devices(KioskConfig config, List<DeviceKind> extra) {
        List<DeviceKind> kinds = new java.util.ArrayList<>(DeviceKinds.ALL);
        kinds.addAll(extra);
        try {
            return new KioskDevices(DeviceManager.create(ConfiguredDevices.settings(config), DeviceContext.standard(), kinds));
        } catch (IllegalArgumentException e) {
            throw new CommandFailure("devices: " + e.getMessage());
        }
    }

    /** The configured content directory, or the bundled catalogue; a broken directory falls back and says why. */
    static CatalogueHolder content(KioskConfig config, Clock clock) {
        CatalogueHolder holder = config.contentDir().map(dir -> CatalogueHolder.open(dir, clock))
                .orElseGet(() -> CatalogueHolder.bundled(clock));
        holder.lastRejection().ifPresent(r -> LoggerFactory.getLogger(KioskAssembly.class).error(
                "content in {} refused, running on the bundled catalogue: {}", config.contentDir().orElseThrow(), r.errors()));
        return holder;
    }

    /** Today's announcements from the catalogue, pinned first; the built-in ones when there are none. */
    static List<String> announcements(CatalogueHolder content, Clock clock, List<String> fallback) {
        List<String> today = content.current().catalogue().announcementsOn(LocalDate.now(clock)).stream()
                .map(a -> a.title() + "：" + a.body())
                .toList();
        return today.isEmpty() ? fallback : today;
    }
}
