package org.hallkiosk.kiosk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.hallkiosk.kiosk.hallbench.HallBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl hall bench}: issue latency of the hall server at fixed rates, beside naive numbering. Not part of the build. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure the hall server: an issue + call mix (4 issues : 1 call or done) at fixed arrival rates from this",
            "process, against a hall server it starts as a second JVM on loopback (or --url), on each database; p50/p99 issue",
            "latency, answered requests/s, failures. Beside each rate, on the same database and at the same rate: naive",
            "numbering (count the line's tickets, insert count + 1, no lock) and how many numbers it gives out twice.",
            "Target: p99 < 50 ms at 500/s on 2 cores. Exit 1 if any request failed or the server gave a number twice."})
final class HallBenchCommand implements Callable<Integer> {

    @Option(names = "--rates", split = ",", defaultValue = "100,300,500", paramLabel = "N[,N...]",
            description = "Requests per second to run, in order (default ${DEFAULT-VALUE}).")
    List<Integer> rates;

    @Option(names = "--seconds", defaultValue = "30", paramLabel = "S", description = "Seconds per rate (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warm-up", defaultValue = "5", paramLabel = "S", description = "Seconds of load before measuring (default ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--db", split = ",", defaultValue = "postgresql,sqlite", paramLabel = "DB[,DB]",
            description = "Databases to run on: postgresql, sqlite (default ${DEFAULT-VALUE}).")
    List<String> databases;

    @Option(names = "--postgres", defaultValue = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres", paramLabel = "JDBC-URL",
            description = "The PostgreSQL to use; the bench makes its own schema there and drops it (default ${DEFAULT-VALUE}).")
    String postgres;

    @Option(names = "--dir", paramLabel = "DIR", description = "Scratch directory for SQLite files (default: the data directory).")
    Path dir;

    @Option(names = "--no-baseline", description = "Skip the naive numbering baseline.")
    boolean noBaseline;

    @Option(names = "--url", paramLabel = "URL", description = "Hit this running hall server instead (needs --token and --counter-token; no baseline).")
    URI url;

    @Option(names = "--token", paramLabel = "TOKEN", description = "With --url: a kiosk's token.")
    String token;

    @Option(names = "--counter-token", paramLabel = "TOKEN", description = "With --url: a counter's token.")
    String counterToken;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        for (int r : rates) {
            if (r < 1 || r > 5000) {
                throw new CommandFailure("--rates: each rate must be 1 to 5000 requests/s, not " + r);
            }
        }
        if (seconds < 1 || seconds > 3600 || warmUp < 0 || warmUp > 600) {
            throw new CommandFailure("--seconds must be 1 to 3600 and --warm-up 0 to 600");
        }
        List<String> backends = new ArrayList<>();
        for (String d : databases) {
            String b = d.toLowerCase(Locale.ROOT).trim();
            if (!b.equals("postgresql") && !b.equals("sqlite")) {
                throw new CommandFailure("--db: postgresql or sqlite, not '" + d + "'");
            }
            backends.add(b);
        }
        if (url != null && (token == null || counterToken == null)) {
            throw new CommandFailure("--url needs --token (a kiosk's) and --counter-token (a counter's)");
        }
        Path scratch = dir != null ? dir : KioskCtl.of(spec).dataDirectory().root();
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new CommandFailure("cannot use " + scratch + ": " + e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        HallBench.Plan plan = new HallBench.Plan(backends, rates, Duration.ofSeconds(seconds), Duration.ofSeconds(warmUp), postgres, scratch,
                !noBaseline, Optional.ofNullable(url), token == null ? "" : token, counterToken == null ? "" : counterToken);
        try {
            return new HallBench(out).run(plan) == 0 ? 0 : 1;
        } catch (IllegalStateException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
