package org.hallkiosk.kiosk.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.hallkiosk.content.reload.CatalogueHolder;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.config.KioskConfig;

/**
 * What the UI is built from: configuration, time, and the services behind the screens.
 *
 * @param content       the hall's catalogue, swapped atomically when the content directory changes
 * @param hallName      the hall's name as shown now (configuration, else the catalogue)
 * @param announcements the attract loop's announcements, read each round
 * @param exit          ends the kiosk program (admin's "exit")
 */
public record KioskContext(
        KioskConfig config,
        Optional<Path> configSource,
        DataDirectory data,
        Clock clock,
        CatalogueHolder content,
        Supplier<String> hallName,
        Supplier<List<String>> announcements,
        Runnable exit) {
}
