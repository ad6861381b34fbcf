package org.hallkiosk.content.reload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.hallkiosk.content.ContentFixture;
import org.hallkiosk.content.load.LoadResult;
import org.hallkiosk.content.model.Catalogue;
import org.hallkiosk.content.model.ServiceItem;
import org.hallkiosk.content.search.SearchHit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueHolderTest {

    private static final List<String> KEEP = List.of("items/scjg-gongsi-sheli.yaml", "items/bdc-zhuanyi-maimai.yaml",
            "items/mz-dibao.yaml");

    @TempDir
    Path dir;

    ContentFixture fx;
    CatalogueHolder holder;

    /** A small content set (three items) so that a reload takes little time. */
    @BeforeEach
    void smallContent() throws IOException {
        fx = ContentFixture.bundledIn(dir);
        try (Stream<Path> items = Files.list(dir.resolve("items"))) {
            for (Path p : items.toList()) {
                if (!KEEP.contains("items/" + p.getFileName())) {
                    Files.delete(p);
                }
            }
        }
        LoadResult first = fx.load();
        assertThat(first.errors()).isEmpty();
        holder = new CatalogueHolder(dir, ContentFixture.loader(), ContentSnapshot.of(first.orThrow(), first.warnings()),
                Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        holder.close();
    }

    /** Rewrites the hall name and every kept item name to end with {@code tag}. */
    private void writeVersion(String tag) {
        String hall = fx.read("hall.yaml").replaceFirst("(?m)^name: .*$", "name: 示例区政务服务中心" + tag);
        fx.write("hall.yaml", hall);
        for (String f : KEEP) {
            fx.write(f, fx.read(f).replaceFirst("(?m)^name: (.*?)(甲|乙)?$", "name: $1" + tag));
        }
    }

    @Test
    void aValidChangeIsApplied() {
        writeVersion("乙");
        ReloadOutcome o = holder.reload();
        assertThat(o).isInstanceOf(ReloadOutcome.Applied.class);
        assertThat(holder.current().catalogue().hall().name()).endsWith("乙");
        assertThat(holder.current().search().search("公司设立登记乙", 1)).isNotEmpty();
        assertThat(holder.lastRejection()).isEmpty();
    }

    @Test
    void anInvalidChangeIsRefusedAndTheLastGoodContentStays() {
        Catalogue before = holder.current().catalogue();
        List<ReloadOutcome> heard = new java.util.ArrayList<>();
        holder.addListener(heard::add);
        fx.replace("items/mz-dibao.yaml", "department: mzj", "department: nope");

        ReloadOutcome o = holder.reload();

        assertThat(o).isInstanceOf(ReloadOutcome.Rejected.class);
        ReloadOutcome.Rejected r = (ReloadOutcome.Rejected) o;
        assertThat(r.errors()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("items/mz-dibao.yaml");
            assertThat(p.message()).contains("未知部门 'nope'");
        });
        assertThat(holder.current().catalogue()).isSameAs(before);
        assertThat(holder.lastRejection()).contains(r);
        assertThat(heard).containsExactly(o);
    }

    @Test
    void fixingTheContentClearsTheRejection() {
        fx.replace("items/mz-dibao.yaml", "department: mzj", "department: nope");
        holder.reload();
        fx.replace("items/mz-dibao.yaml", "department: nope", "department: mzj");
        ReloadOutcome o = holder.reload();
        assertThat(o).as("the bytes are those in force again").isInstanceOf(ReloadOutcome.Unchanged.class);
        assertThat(holder.lastRejection()).isEmpty();
    }

    @Test
    void aThrowingListenerDoesNotStopTheOthers() {
        AtomicInteger calls = new AtomicInteger();
        holder.addListener(o -> {
            throw new IllegalStateException("boom");
        });
        holder.addListener(o -> calls.incrementAndGet());
        writeVersion("乙");
        holder.reload();
        assertThat(calls).hasValue(1);
    }

    @Test
    void anUnreadableDirectoryIsARejectionNotACrash() throws IOException {
        CatalogueHolder gone = new CatalogueHolder(dir.resolve("missing"), ContentFixture.loader(), holder.current(), Clock.systemUTC());
        ReloadOutcome o = gone.reload();
        assertThat(o).isInstanceOf(ReloadOutcome.Rejected.class);
        assertThat(gone.current()).isSameAs(holder.current());
    }

    @Test
    void openUsesAValidDirectory() {
        try (CatalogueHolder h = CatalogueHolder.open(dir)) {
            assertThat(h.current().catalogue().items()).hasSize(KEEP.size());
            assertThat(h.current().catalogue().version().source()).isEqualTo(dir.toAbsolutePath().normalize().toString());
            assertThat(h.lastRejection()).isEmpty();
            assertThat(h.directory()).contains(dir);
        }
    }

    @Test
    void openFallsBackToTheBundledContentWhenTheDirectoryIsBroken() {
        fx.replace("items/mz-dibao.yaml", "department: mzj", "department: nope");
        try (CatalogueHolder h = CatalogueHolder.open(dir)) {
            assertThat(h.current().catalogue().items()).hasSizeGreaterThanOrEqualTo(40);
            assertThat(h.lastRejection()).isPresent();
        }
    }

    /**
     * A reader thread looks at the held content as fast as it can while the content is replaced over and over:
     * every snapshot it sees must be entirely one version — hall, items and search index alike.
     */
    @Test
    void aReaderNeverSeesAMixOfTwoVersions() throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<String> mix = new AtomicReference<>();
        AtomicInteger seenA = new AtomicInteger();
        AtomicInteger seenB = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!stop.get() && mix.get() == null) {
                ContentSnapshot s = holder.current();
                Catalogue c = s.catalogue();
                String hall = c.hall().name();
                String tag = hall.endsWith("甲") ? "甲" : hall.endsWith("乙") ? "乙" : "";
                for (ServiceItem i : c.items()) {
                    if (!i.name().endsWith(tag) || (tag.isEmpty() && (i.name().endsWith("甲") || i.name().endsWith("乙")))) {
                        mix.set("hall '" + hall + "' with item '" + i.name() + "'");
                    }
                }
                for (SearchHit h : s.search().search("gongsisheli", 5)) {
                    if (h.item() != c.item(h.item().code()).orElse(null)) {
                        mix.set("search hit from another catalogue: " + h.item().name() + " under hall " + hall);
                    }
                }
                (tag.equals("乙") ? seenB : seenA).incrementAndGet();
            }
        }, "snapshot-reader");
        reader.start();
        try {
            for (int round = 0; round < 12; round++) {
                writeVersion(round % 2 == 0 ? "乙" : "甲");
                assertThat(holder.reload()).isInstanceOf(ReloadOutcome.Applied.class);
            }
        } finally {
            stop.set(true);
            reader.join(10_000);
        }
        assertThat(mix.get()).as("a reader saw a mix").isNull();
        assertThat(seenA.get()).isPositive();
        assertThat(seenB.get()).isPositive();
    }

    @Test
    void theWatcherReloadsAfterTheFilesSettle() throws Exception {
        BlockingQueue<ReloadOutcome> heard = new LinkedBlockingQueue<>();
        holder.addListener(heard::add);
        holder.watch(Duration.ofMillis(150));

        writeVersion("乙");
        ReloadOutcome applied = awaitNot(heard, ReloadOutcome.Unchanged.class);
        assertThat(applied).isInstanceOf(ReloadOutcome.Applied.class);
        assertThat(holder.current().catalogue().hall().name()).endsWith("乙");

        fx.replace("lines.yaml", "departments: [gjj]", "departments: [gjjj]");
        ReloadOutcome rejected = awaitNot(heard, ReloadOutcome.Unchanged.class);
        assertThat(rejected).isInstanceOf(ReloadOutcome.Rejected.class);
        assertThat(holder.current().catalogue().hall().name()).endsWith("乙");

        Files.createDirectories(dir.resolve("items/more"));
        fx.replace("lines.yaml", "departments: [gjjj]", "departments: [gjj]");
        fx.write("items/more/copy.yaml", fx.read("items/mz-dibao.yaml").replace("99010100MZ-JF-0004", "99010100MZ-JF-0005"));
        ReloadOutcome again = awaitNot(heard, ReloadOutcome.Unchanged.class);
        assertThat(again).isInstanceOf(ReloadOutcome.Applied.class);
        assertThat(holder.current().catalogue().item("99010100MZ-JF-0005")).isPresent();
    }

    private static ReloadOutcome awaitNot(BlockingQueue<ReloadOutcome> q, Class<?> skip) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            ReloadOutcome o = q.poll(1, TimeUnit.SECONDS);
            if (o != null && !skip.isInstance(o)) {
                return o;
            }
        }
        throw new AssertionError("no reload heard within 30 s");
    }
}
