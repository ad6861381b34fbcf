package org.hallkiosk.kiosk.hallbench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the hall bench: for each database, a hall server in a second JVM on loopback, the issue + call mix at each
 * rate, and beside each rate the naive count-then-insert numbering on the same database. Prints one table.
 */
public final class HallBench {

    /** What to run. {@code url} given: that server only, with its tokens and lines, no server started, no baseline. */
    public record Plan(List<String> backends, List<Integer> rates, Duration duration, Duration warmUp, String postgres, Path scratch,
                       boolean baseline, java.util.Optional<URI> url, String kioskToken, String counterToken) {
    }

    private final PrintWriter out;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    public HallBench(PrintWriter out) {
        this.out = out;
    }

    /** Runs the plan; returns the number of problems (failed requests, or a duplicate from the server). */
    public int run(Plan plan) throws Exception {
        int problems = 0;
        header(plan);
        if (plan.url().isPresent()) {
            List<String> lines = issuingLines(plan.url().get(), plan.kioskToken());
            HallLoad load = new HallLoad(http, plan.url().get(), plan.kioskToken(), plan.counterToken(), lines);
            load.run("warm-" + random(), Math.min(100, plan.rates().get(0)), plan.warmUp());
            for (int rate : plan.rates()) {
                problems += report("server", load.run("bench-" + random(), rate, plan.duration()));
            }
            return problems;
        }
        for (String backend : plan.backends()) {
            problems += runOn(backend, plan);
        }
        return problems;
    }

    private int runOn(String backend, Plan plan) throws Exception {
        String id = random();
        Path keyFile = plan.scratch().resolve("bench-" + id + ".key");
        String url;
        String schema = null;
        if (backend.equals("sqlite")) {
            url = "jdbc:sqlite:" + plan.scratch().resolve("bench-hall-" + id + ".db");
        } else {
            schema = "hk_bench_" + id;
            try (Connection c = DriverManager.getConnection(plan.postgres()); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + plan.postgres() + ": " + e.getMessage(), e);
            }
            url = plan.postgres() + (plan.postgres().contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        Process server = startServer(url, keyFile);
        int problems = 0;
        try {
            String[] hello = awaitListening(server);
            URI base = URI.create("http://127.0.0.1:" + hello[1] + "/");
            List<String> lines = issuingLines(base, hello[2]);
            HallLoad load = new HallLoad(http, base, hello[2], hello[3], lines);
            load.run("warm-" + id, Math.min(100, plan.rates().get(0)), plan.warmUp());
            String naiveUrl = backend.equals("sqlite") ? "jdbc:sqlite:" + plan.scratch().resolve("bench-naive-" + id + ".db") : url;
            NaiveNumbering naive = new NaiveNumbering(naiveUrl);
            if (plan.baseline()) {
                naive.createTable();
            }
            for (int rate : plan.rates()) {
                problems += report(backend, load.run("bench-" + id + "-" + rate, rate, plan.duration()));
                if (plan.baseline()) {
                    report(backend, naive.run("naive-" + id + "-" + rate, rate, plan.duration(), lines));
                }
            }
        } finally {
            server.getOutputStream().close(); // the server stops when its standard input closes
            if (!server.waitFor(20, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
            for (String suffix : List.of("", "-wal", "-shm")) {
                Files.deleteIfExists(plan.scratch().resolve("bench-hall-" + id + ".db" + suffix));
                Files.deleteIfExists(plan.scratch().resolve("bench-naive-" + id + ".db" + suffix));
            }
            Files.deleteIfExists(keyFile);
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(plan.postgres()); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                }
            }
        }
        return problems;
    }

    private Process startServer(String url, Path keyFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx384m", "-cp", System.getProperty("java.class.path"),
                HallBenchServer.class.getName(), "--db", url, "--key", keyFile.toString());
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        return pb.start();
    }

    /** The child's line {@code LISTENING port kioskToken counterToken}; its other output (logging) is read and dropped. */
    private static String[] awaitListening(Process server) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<String> hello = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                for (String l = in.readLine(); l != null; l = in.readLine()) {
                    if (l.startsWith("LISTENING ")) {
                        hello.complete(l);
                    }
                }
            } catch (IOException e) {
                // the server ended
            }
            hello.complete(null);
        }, "bench-server-output");
        reader.setDaemon(true);
        reader.start();
        String line;
        try {
            line = hello.get(120, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException("the bench's hall server did not start within 2 minutes");
        }
        if (line == null) {
            throw new IllegalStateException("the bench's hall server did not start (exit " + (server.isAlive() ? "-" : server.exitValue()) + ")");
        }
        return line.split(" ");
    }

    private List<String> issuingLines(URI base, String token) throws Exception {
        var r = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("/api/v1/lines")).header("Authorization", "Bearer " + token)
                .timeout(Duration.ofSeconds(10)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/lines answered " + r.statusCode() + ": " + r.body());
        }
        List<String> lines = new ArrayList<>();
        for (var l : new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body()).path("lines")) {
            if (l.path("issuing").asBoolean()) {
                lines.add(l.get("prefix").asText());
            }
        }
        if (lines.isEmpty()) {
            throw new IllegalStateException("no line of the server is issuing now");
        }
        return lines;
    }

    private void header(Plan plan) {
        out.printf("hall bench: %s per rate, rates %s/s, issue + call mix (4 issues : 1 call or done at 20 windows), open loop%n",
                plan.duration(), plan.rates());
        out.printf("%-10s %-16s %6s %6s %7s %7s %6s %8s %9s %9s %9s %9s %9s %5s%n", "database", "numbering", "rate/s", "sent", "issued",
                "refused", "failed", "answered/s", "issue p50", "issue p99", "issue max", "call p50", "call p99", "dupes");
        out.flush();
    }

    private int report(String backend, HallLoad.Result r) {
        out.printf("%-10s %-16s %6d %6d %7d %7d %6d %8.0f %7.1fms %7.1fms %7.1fms %7.1fms %7.1fms %5d%n", backend, "hall server",
                r.rate(), r.sent(), r.issued(), r.refused(), r.failed(), r.throughput(), r.issue().millis(50), r.issue().millis(99),
                r.issue().millis(100), r.counter().millis(50), r.counter().millis(99), r.duplicates());
        out.flush();
        return r.failed() + r.duplicates();
    }

    private void report(String backend, NaiveNumbering.Result r) {
        out.printf("%-10s %-16s %6d %6d %7d %7s %6d %8s %7.1fms %7.1fms %7.1fms %9s %9s %5d  (%d tickets share a number)%n", backend,
                "naive count+ins", r.rate(), r.tickets() + r.failed(), r.tickets(), "-", r.failed(), "-", r.latency().millis(50),
                r.latency().millis(99), r.latency().millis(100), "-", "-", r.duplicateNumbers(), r.extraTickets() + r.duplicateNumbers());
        out.flush();
    }

    private static String random() {
        byte[] b = new byte[6];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
