package org.hallkiosk.kiosk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Properties;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.config.KioskConfig;
import org.hallkiosk.kiosk.time.HallClock;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code kioskctl}: the one entry point of HallKiosk — the kiosk UI, the walkthrough and every technician's command.
 *
 * <p>Subcommands reach the configuration and data directory through {@link #of(CommandSpec)}.
 */
@Command(name = "kioskctl",
        mixinStandardHelpOptions = true,
        versionProvider = KioskCtl.Version.class,
        description = {"HallKiosk 政务大厅自助服务终端 — kiosk and technician commands.", ""},
        subcommands = {
            RunCommand.class,
            DemoCommand.class,
            ConfigCommand.class,
            DevicesCommand.class,
            TicketCommand.class,
            QueueCommand.class,
            HallCommand.class,
            AppointmentsCommand.class,
            ContentCommand.class,
            ProgressCommand.class,
            NoticeCommand.class,
            RatingCommand.class,
            FeedbackCommand.class,
            ReportCommand.class,
            DoctorCommand.class,
            CommandLine.HelpCommand.class
        })
public final class KioskCtl implements Runnable {

    @Option(names = "--config", scope = ScopeType.INHERIT, paramLabel = "FILE",
            description = "kiosk.yaml to use (default: $HALLKIOSK_CONFIG, then /etc/hallkiosk/kiosk.yaml, then built-in defaults)")
    Path configFile;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces and debug logging.")
    boolean verbose;

    @CommandLine.Spec
    CommandSpec spec;

    private final Map<String, String> env;
    private KioskConfig config;

    public KioskCtl(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    public static void main(String[] args) {
        LogSetup.beforeFirstLogger(args, System.getenv());
        System.exit(commandLine(new KioskCtl(System.getenv())).execute(args));
    }

    /** A ready command line with the error handling every kioskctl command shares. */
    public static CommandLine commandLine(KioskCtl root) {
        CommandLine cl = new CommandLine(root);
        cl.setExecutionExceptionHandler(new FailureHandler());
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        return cl;
    }

    /** The root command, from any subcommand's {@code @Spec}. */
    public static KioskCtl of(CommandSpec spec) {
        return (KioskCtl) spec.root().userObject();
    }

    /** The effective configuration, read once per invocation. */
    public KioskConfig config() throws ConfigException {
        if (config == null) {
            config = new ConfigLoader(env).load(configFile);
        }
        return config;
    }

    /** The file the configuration comes from, if any. */
    public java.util.Optional<Path> configSource() throws ConfigException {
        return new ConfigLoader(env).locate(configFile);
    }

    /**
     * The hall's clock: the configured {@code timeZone}, never the machine's default zone; {@code HALLKIOSK_NOW}
     * fixes the instant for rehearsals and tests.
     */
    public Clock clock() throws ConfigException {
        try {
            return HallClock.of(config().timeZone(), env);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
    }

    public DataDirectory dataDirectory() {
        return DataDirectory.from(env, System.getProperty("user.home"));
    }

    public Map<String, String> env() {
        return env;
    }

    public boolean verbose() {
        return verbose;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the build, e.g. {@code HallKiosk 0.1.0}. */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = KioskCtl.class.getResourceAsStream("/org/hallkiosk/kiosk/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    /** Picocli's hook for {@code --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"HallKiosk " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
