package org.hallkiosk.kiosk.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/**
 * One {@code kioskctl} invocation in-process, as a technician would type it, with what it printed and returned.
 * The data directory is the test's own and no kiosk.yaml applies unless the test names one.
 */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code args} with {@code HALLKIOSK_HOME} under {@code dir}. */
    public static CliRun run(Path dir, String... args) {
        return run(environment(dir), args);
    }

    /** Runs {@code args} in the given environment. */
    public static CliRun run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = KioskCtl.commandLine(new KioskCtl(env));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** A test environment: data under {@code dir/home}, and no configuration file from the machine. */
    public static Map<String, String> environment(Path dir) {
        Map<String, String> env = new HashMap<>();
        env.put("HALLKIOSK_HOME", dir.resolve("home").toString());
        env.put("HALLKIOSK_CONFIG", "");
        return env;
    }
}
