package org.hallkiosk.kiosk.cli;

import java.util.Arrays;
import java.util.Map;
import org.hallkiosk.kiosk.config.DataDirectory;

/**
 * Points Logback at the data directory before the first logger exists; logback.xml reads these properties.
 * The console stays quiet (warnings only) for commands whose output may be parsed, and speaks for the kiosk itself.
 */
final class LogSetup {

    private LogSetup() {
    }

    static void beforeFirstLogger(String[] args, Map<String, String> env) {
        DataDirectory data = DataDirectory.from(env, System.getProperty("user.home"));
        try {
            data.ensureExists(); // 0700 before Logback creates the log directory with the default umask
        } catch (java.io.IOException e) {
            System.err.println("kioskctl: " + e.getMessage());
        }
        System.setProperty("hallkiosk.logdir", data.logs().toString());
        boolean verbose = Arrays.asList(args).contains("--verbose");
        boolean kiosk = args.length == 0 || args[0].equals("run") || args[0].startsWith("-") && !args[0].equals("--help") && !args[0].equals("--version");
        System.setProperty("hallkiosk.console.level", verbose ? "DEBUG" : kiosk ? "INFO" : "WARN");
    }
}
