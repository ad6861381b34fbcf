package org.hallkiosk.kiosk.cli;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import org.hallkiosk.kiosk.config.ConfigException;
import org.hallkiosk.kiosk.config.DataDirectory;
import org.hallkiosk.kiosk.ui.I18n;
import org.hallkiosk.kiosk.ui.KioskContext;

/** Wires the kiosk's parts together by hand from the command line's configuration: the one place that does. */
final class KioskAssembly {

    private KioskAssembly() {
    }

    static KioskContext context(KioskCtl ctl, Clock clock, Runnable exit) throws ConfigException {
        DataDirectory data;
        try {
            data = ctl.dataDirectory().ensureExists();
        } catch (IOException e) {
            throw new CommandFailure(e.getMessage());
        }
        var config = ctl.config();
        I18n words = new I18n(config.language());
        return new KioskContext(config, ctl.configSource(), data, clock,
                () -> "",
                () -> List.of(words.get("attract.default.1"), words.get("attract.default.2"), words.get("attract.default.3")),
                exit);
    }
}
