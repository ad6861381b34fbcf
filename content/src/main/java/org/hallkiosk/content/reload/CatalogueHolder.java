package org.hallkiosk.content.reload;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.hallkiosk.content.load.CatalogueLoader;
import org.hallkiosk.content.load.ContentFiles;
import org.hallkiosk.content.load.LoadResult;
import org.hallkiosk.content.validate.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the content in force and replaces it when the content directory changes.
 *
 * <p>Readers call {@link #current()} and get an immutable {@link ContentSnapshot}; a reload builds the whole
 * new snapshot (catalogue and search index) aside and then swaps one reference, so no reader ever sees half a
 * catalogue. Content with errors is refused: the last good snapshot stays, the errors are logged and kept
 * in {@link #lastRejection()} for the admin screen, and listeners hear about it.
 *
 * <pre>{@code
 * CatalogueHolder holder = CatalogueHolder.open(contentDir);   // falls back to the bundled content if invalid
 * holder.addListener(outcome -> Platform.runLater(() -> show(outcome)));
 * holder.watch(Duration.ofMillis(500));                       // reload on change, debounced
 * Catalogue c = holder.current().catalogue();
 * }</pre>
 */
public final class CatalogueHolder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogueHolder.class);

    /** The quiet time the watcher waits for before reloading. */
    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(500);

    private final Path dir;
    private final CatalogueLoader loader;
    private final Clock clock;
    private final AtomicReference<ContentSnapshot> current;
    private final AtomicReference<ReloadOutcome.Rejected> lastRejection = new AtomicReference<>();
    private final List<ReloadListener> listeners = new CopyOnWriteArrayList<>();
    private final Object reloadLock = new Object();
    private final AtomicReference<ContentWatcher> watcher = new AtomicReference<>();

    /**
     * A holder for {@code dir} that starts from {@code initial}; call {@link #reload()} to load the directory.
     * {@code dir} may be null for a holder of fixed content (nothing to reload from).
     */
    public CatalogueHolder(Path dir, CatalogueLoader loader, ContentSnapshot initial, Clock clock) {
        this.dir = dir;
        this.loader = Objects.requireNonNull(loader, "loader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.current = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
    }

    /** A holder of the bundled content only (no directory configured). */
    public static CatalogueHolder bundled() {
        return bundled(Clock.system(CatalogueLoader.DEFAULT_ZONE));
    }

    /** A holder of the bundled content only, judging dates by {@code clock}. */
    public static CatalogueHolder bundled(Clock clock) {
        CatalogueLoader loader = new CatalogueLoader(clock);
        LoadResult r = loader.loadBundled();
        return new CatalogueHolder(null, loader, ContentSnapshot.of(r.orThrow(), r.warnings()), clock);
    }

    /**
     * A holder for a content directory, loaded now. If the directory's content has errors the bundled content
     * is used instead and the errors are available from {@link #lastRejection()} — the kiosk always starts.
     */
    public static CatalogueHolder open(Path dir) {
        return open(dir, Clock.system(CatalogueLoader.DEFAULT_ZONE));
    }

    /** {@link #open(Path)}, judging dates (expired notices, calendar coverage) by {@code clock}. */
    public static CatalogueHolder open(Path dir, Clock clock) {
        Objects.requireNonNull(dir, "dir");
        CatalogueLoader loader = new CatalogueLoader(clock);
        LoadResult own = loader.load(dir);
        if (own.isValid()) {
            return new CatalogueHolder(dir, loader, ContentSnapshot.of(own.orThrow(), own.warnings()), clock);
        }
        LoadResult bundled = loader.loadBundled();
        CatalogueHolder holder = new CatalogueHolder(dir, loader, ContentSnapshot.of(bundled.orThrow(), bundled.warnings()), clock);
        holder.reject(own.problems(), holder.current());
        return holder;
    }

    /** The content in force. Never null; never a mix of two versions. */
    public ContentSnapshot current() {
        return current.get();
    }

    /** The directory this holder reloads from, if any. */
    public Optional<Path> directory() {
        return Optional.ofNullable(dir);
    }

    /** The most recent refused load, until a later load succeeds (or finds the good content unchanged). */
    public Optional<ReloadOutcome.Rejected> lastRejection() {
        return Optional.ofNullable(lastRejection.get());
    }

    /** Adds a listener for every later reload attempt. */
    public void addListener(ReloadListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Removes a listener. */
    public void removeListener(ReloadListener listener) {
        listeners.remove(listener);
    }

    /**
     * Loads the directory now and swaps the content in if it is valid. Safe to call from any thread (the admin
     * screen's "reload" button); concurrent calls run one after the other.
     */
    public ReloadOutcome reload() {
        ReloadOutcome outcome;
        synchronized (reloadLock) {
            outcome = attempt();
        }
        notifyListeners(outcome);
        return outcome;
    }

    private ReloadOutcome attempt() {
        ContentSnapshot before = current.get();
        if (dir == null) {
            return new ReloadOutcome.Unchanged(before, clock.instant());
        }
        ContentFiles files;
        try {
            files = ContentFiles.readDirectory(dir);
        } catch (IOException e) {
            return reject(List.of(Problem.error(dir.toString(), 1, 1, "读不了内容目录：" + e.getMessage())), before);
        }
        if (files.digest().equals(before.catalogue().version().digest())) {
            lastRejection.set(null);
            return new ReloadOutcome.Unchanged(before, clock.instant());
        }
        LoadResult result = loader.load(files);
        if (!result.isValid()) {
            return reject(result.problems(), before);
        }
        ContentSnapshot next = ContentSnapshot.of(result.catalogue().orElseThrow(), result.warnings());
        current.set(next);
        lastRejection.set(null);
        LOG.info("content {} in force: {} items, {} departments, {} lines, {} warnings", next.catalogue().version().shortDigest(),
                next.catalogue().items().size(), next.catalogue().departments().size(), next.catalogue().lines().size(),
                next.warnings().size());
        return new ReloadOutcome.Applied(next, clock.instant());
    }

    private ReloadOutcome reject(List<Problem> problems, ContentSnapshot kept) {
        ReloadOutcome.Rejected r = new ReloadOutcome.Rejected(problems, kept, clock.instant());
        lastRejection.set(r);
        LOG.warn("content in {} refused ({} errors); keeping version {}", dir, r.errors().size(),
                kept.catalogue().version().shortDigest());
        for (Problem p : r.errors()) {
            LOG.warn("  {}", p);
        }
        return r;
    }

    private void notifyListeners(ReloadOutcome outcome) {
        for (ReloadListener l : listeners) {
            try {
                l.onReload(outcome);
            } catch (RuntimeException e) {
                LOG.error("content reload listener {} failed", l, e);
            }
        }
    }

    /** Starts reloading automatically when files change, after {@code debounce} of quiet. Idempotent. */
    public void watch(Duration debounce) throws IOException {
        if (dir == null || watcher.get() != null) {
            return;
        }
        ContentWatcher w = new ContentWatcher(dir, debounce, this::reload);
        if (!watcher.compareAndSet(null, w)) {
            w.close();
        }
    }

    /** Stops watching (if watching). */
    @Override
    public void close() {
        ContentWatcher w = watcher.getAndSet(null);
        if (w != null) {
            w.close();
        }
    }
}
