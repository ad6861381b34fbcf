package org.hallkiosk.kiosk.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import org.hallkiosk.kiosk.demo.Walkthrough;
import org.hallkiosk.kiosk.time.AdjustableClock;
import org.hallkiosk.kiosk.ui.CjkFont;
import org.hallkiosk.kiosk.ui.FxPlatform;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.hallkiosk.kiosk.ui.KioskUi;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code kioskctl demo}: the headless walkthrough, with simulated devices and a fixed clock. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Walk through every screen headless (no display, no hardware) and write one PNG per step.",
            "Writes NN-step.png files and steps.txt into --out."})
final class DemoCommand implements Callable<Integer> {

    /** The walkthrough's fixed time: a weekday morning in the hall. */
    static final Instant FIXED_TIME = Instant.parse("2026-11-27T01:30:00Z");

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the screenshots.")
    Path out;

    @Option(names = "--size", defaultValue = "1920x1080", paramLabel = "WxH",
            description = "Screen size, e.g. 1920x1080 (landscape) or 1080x1920 (portrait). Default: ${DEFAULT-VALUE}.")
    String size;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase().split("x");
        if (wh.length != 2 || !wh[0].matches("\\d{3,4}") || !wh[1].matches("\\d{3,4}")) {
            throw new CommandFailure("--size must look like 1920x1080 (got " + size + ")");
        }
        int width = Integer.parseInt(wh[0]);
        int height = Integer.parseInt(wh[1]);
        KioskCtl ctl = KioskCtl.of(spec);
        AdjustableClock clock = new AdjustableClock(FIXED_TIME, ZoneId.of("Asia/Shanghai"));
        KioskContext context = KioskAssembly.context(ctl, clock, () -> { });
        context.devices().start();
        context.content(); // screenshots show the catalogue's hall, not the moment before it loaded
        FxPlatform.useHeadless(width, height);
        FxPlatform.start();
        if (!FxPlatform.call(CjkFont::ensureLoaded).available()) {
            spec.commandLine().getErr().println("warning: font '" + CjkFont.FAMILY + "' is not installed and JavaFX could not"
                    + " load the bundled copy (on Linux that needs the pango library); Chinese will show as boxes."
                    + " Fix: run it through ./kiosk, or install " + org.hallkiosk.font.CjkFontLookup.PACKAGE);
        }
        KioskUi ui = FxPlatform.call(() -> new KioskUi(context));
        ui.queue().saveTicketsTo(out);
        Scene scene = FxPlatform.call(() -> {
            Scene s = ui.scene(width, height);
            Walkthrough.stage(s);
            return s;
        });
        List<Path> pngs = new Walkthrough(ui, clock, scene).standardVisit().run(out);
        spec.commandLine().getOut().println("Wrote " + pngs.size() + " screenshots and steps.txt to " + out.toAbsolutePath());
        return 0;
    }
}
