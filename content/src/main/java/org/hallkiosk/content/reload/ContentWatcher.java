package org.hallkiosk.content.reload;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a content directory and its subdirectories and calls {@code onChange} once the files have been
 * quiet for the debounce period — so copying forty files, or an editor's save-by-rename, causes one reload,
 * not forty. New subdirectories are watched as they appear; if the directory itself disappears (replaced by
 * a publish step), the watcher waits for it to come back and then reloads.
 */
public final class ContentWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

    private final Path dir;
    private final Duration debounce;
    private final Runnable onChange;
    private final WatchService watchService;
    private final Thread thread;

    /** Starts watching {@code dir} on a daemon thread named {@code content-watcher}. */
    public ContentWatcher(Path dir, Duration debounce, Runnable onChange) throws IOException {
        this.dir = Objects.requireNonNull(dir, "dir");
        this.debounce = Objects.requireNonNull(debounce, "debounce");
        this.onChange = Objects.requireNonNull(onChange, "onChange");
        this.watchService = dir.getFileSystem().newWatchService();
        registerTree(dir);
        this.thread = new Thread(this::run, "content-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : (Iterable<Path>) s::iterator) {
                if (Files.isDirectory(p) && !p.getFileName().toString().startsWith(".")) {
                    p.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                }
            }
        }
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = watchService.take();
                boolean rootGone = drain(key);
                // Keep swallowing events until the directory has been quiet for the whole debounce period.
                WatchKey more;
                while ((more = watchService.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    rootGone |= drain(more);
                }
                if (rootGone) {
                    waitForRoot();
                }
                fire();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            LOG.debug("content watcher closed");
        }
    }

    /** Handles one key's events; true when the key stopped being valid because the watched root went away. */
    private boolean drain(WatchKey key) {
        Path watched = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                continue;
            }
            Path child = watched.resolve((Path) event.context());
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(child)) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    LOG.warn("cannot watch new content folder {}: {}", child, e.getMessage());
                }
            }
        }
        boolean valid = key.reset();
        return !valid && watched.equals(dir);
    }

    private void waitForRoot() throws InterruptedException {
        while (!Files.isDirectory(dir)) {
            Thread.sleep(debounce.toMillis());
        }
        try {
            registerTree(dir);
        } catch (IOException e) {
            LOG.warn("cannot watch content directory {} again: {}", dir, e.getMessage());
        }
    }

    private void fire() {
        try {
            onChange.run();
        } catch (RuntimeException e) {
            LOG.error("content reload failed unexpectedly", e);
        }
    }

    /** Stops watching; returns once the watcher thread has ended. */
    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException e) {
            LOG.debug("closing watch service: {}", e.getMessage());
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
