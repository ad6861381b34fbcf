package org.hallkiosk.kiosk.cli;

import java.io.PrintWriter;
import org.hallkiosk.kiosk.config.ConfigException;
import picocli.CommandLine;

/** Turns any failure into one line a technician can act on; the stack trace only with {@code --verbose}. */
final class FailureHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        KioskCtl root = (KioskCtl) cmd.getCommandSpec().root().userObject();
        if (ex instanceof ConfigException ce) {
            err.println("kioskctl: configuration error in " + ce.getMessage().substring(0, ce.getMessage().indexOf(": ")) + ":");
            ce.problems().forEach(p -> err.println("  " + p));
        } else if (ex instanceof CommandFailure cf) {
            err.println("kioskctl: " + cf.getMessage());
        } else {
            String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
            err.println("kioskctl: " + message);
        }
        if (root.verbose()) {
            ex.printStackTrace(err);
        } else if (!(ex instanceof CommandFailure) && !(ex instanceof ConfigException)) {
            err.println("  (run again with --verbose for details)");
        }
        err.flush();
        return ex instanceof CommandFailure cf ? cf.exitCode() : 1;
    }
}
