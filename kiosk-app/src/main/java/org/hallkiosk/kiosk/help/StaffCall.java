package org.hallkiosk.kiosk.help;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A visitor's call for staff (呼叫工作人员 on screen or the hall's help button): logged, and relayed to the hall when
 * the kiosk is part of one. The relay runs on its own thread so a slow hall never holds up the screen.
 */
public final class StaffCall implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StaffCall.class);

    private final String kioskId;
    private volatile Optional<HelpRelay> relay = Optional.empty();
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "staff-call");
        t.setDaemon(true);
        return t;
    });

    public StaffCall(String kioskId) {
        this.kioskId = kioskId;
    }

    /** Where calls go besides the log (hall mode sets its hall client here). */
    public void relayTo(HelpRelay hall) {
        relay = Optional.of(hall);
    }

    /** Whether calls reach the hall, not only this kiosk's log and screen. */
    public boolean relayed() {
        return relay.isPresent();
    }

    /** A call from {@code source} ("button", "screen"); returns at once. */
    public void call(String source) {
        String from = source.toLowerCase(Locale.ROOT);
        LOG.info("staff called to kiosk {} ({})", kioskId, from);
        relay.ifPresent(r -> sender.execute(() -> {
            try {
                r.call(kioskId, from);
            } catch (Exception e) {
                LOG.warn("staff call from kiosk {} did not reach the hall: {}", kioskId, e.getMessage());
            }
        }));
    }

    @Override
    public void close() {
        sender.shutdownNow();
    }
}
