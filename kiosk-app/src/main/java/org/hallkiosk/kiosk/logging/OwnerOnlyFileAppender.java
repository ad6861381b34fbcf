package org.hallkiosk.kiosk.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.hallkiosk.privacy.OwnerOnly;

/**
 * A rolling log file only its owner can read (0600), in a directory only its owner can enter (0700): a Java process
 * cannot set its umask, so the appender narrows the file it opens and, at each roll-over, the archives beside it.
 */
public final class OwnerOnlyFileAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            OwnerOnly.directory(dir);
        }
        OwnerOnly.file(file);
        super.openFile(fileName);
    }

    @Override
    public void rollover() {
        super.rollover();
        Path dir = Path.of(getFile()).toAbsolutePath().getParent();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                OwnerOnly.narrowIfPresent(f);
            }
        } catch (IOException e) {
            addWarn("cannot narrow the permissions of the logs in " + dir + ": " + e.getMessage());
        }
    }
}
