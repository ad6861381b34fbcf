package org.hallkiosk.kiosk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.devices.KioskDevices;

/**
 * What the UI is built from: configuration, time, and the services behind the screens.
 *
 * @param contentLoading the hall's catalogue as it loads in the background (see {@link #content()})
 * @param devices       the kiosk's printer, card reader, scanner and GPIO (simulated unless configured)
 * @param hallName      the hall's name as shown now (configuration, else the catalogue)
 * @param announcements the attract loop's announcements, read each round
 * @param exit          ends the kiosk program (admin's "exit")
 */
public record KioskContext(
        KioskConfig config,
        Optional<Path> configSource,
        DataDirectory data,
        Clock clock,
        CompletableFuture<CatalogueHolder> contentLoading,
        KioskDevices devices,
        Supplier<String> hallName,
        Supplier<List<String>> announcements,
        Runnable exit) {

    /** A context whose catalogue is already loaded (tests, tools). */
    public KioskContext(KioskConfig config, Optional<Path> configSource, DataDirectory data, Clock clock,
                        CatalogueHolder content, KioskDevices devices, Supplier<String> hallName,
                        Supplier<List<String>> announcements, Runnable exit) {
        this(config, configSource, data, clock, CompletableFuture.completedFuture(content), devices, hallName, announcements, exit);
    }

    /**
     * The hall's catalogue, swapped atomically when the content directory changes. It loads in the background
     * while the home screen comes up (the home screen does not need it); a visitor who opens a catalogue
     * screen in the first seconds after boot waits here for it.
     */
    public CatalogueHolder content() {
        return contentLoading.join();
    }

    /** The catalogue if it has finished loading. */
    public Optional<CatalogueHolder> contentIfLoaded() {
        return contentLoading.isDone() && !contentLoading.isCompletedExceptionally()
                ? Optional.of(contentLoading.join()) : Optional.empty();
    }
}
