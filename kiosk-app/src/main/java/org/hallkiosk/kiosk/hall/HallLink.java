package org.hallkiosk.kiosk.hall;

import java.util.function.Supplier;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.ManagedDevice;

/**
 * The kiosk's connection to the hall server as a watched device named {@code hall}: the device manager checks it
 * like the printer, so the status lamp turns amber and admin shows 离线 / offline while the server does not answer,
 * and each check (every few seconds) hands over offline tickets and tops up the leases once it answers again.
 */
public final class HallLink implements ManagedDevice {

    /** The device name, in admin and {@code kioskctl devices status}. */
    public static final String NAME = "hall";

    private final String spec;
    private final Supplier<HallKioskQueue> opener;
    private HallKioskQueue queue;

    /** @param opener opens the kiosk's hall queue on first use (its database is opened only then) */
    public HallLink(String spec, Supplier<HallKioskQueue> opener) {
        this.spec = spec;
        this.opener = opener;
    }

    /** The hall queue the screens issue through; opened on first use. */
    public synchronized HallKioskQueue queue() {
        if (queue == null) {
            queue = opener.get();
        }
        return queue;
    }

    /**
     * The kiosk's help button was pressed: the hall's counters are told (on a thread of its own, so the button never
     * waits for the network). A server that does not answer is logged; the kiosk's own screen still shows the call.
     */
    public void helpPressed() {
        Thread t = new Thread(() -> {
            try {
                queue().client().askForHelp(java.util.Optional.empty());
            } catch (HallUnavailableException | RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(HallLink.class).warn("help call not sent to the hall server: {}", e.getMessage());
            }
        }, "hall-help");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String spec() {
        return spec;
    }

    @Override
    public DeviceState check() {
        HallKioskQueue q;
        try {
            q = queue();
        } catch (RuntimeException e) {
            return new DeviceState.Offline("cannot open the kiosk's queue database: " + e.getMessage());
        }
        try {
            boolean up = q.refresh();
            int pending = q.pending();
            if (up && pending == 0) {
                return new DeviceState.Ok("在线 online");
            }
            if (up) {
                return new DeviceState.Degraded("在线，" + pending + " 张离线号待移交 / online, " + pending + " offline tickets to hand over");
            }
            return new DeviceState.Degraded("离线 offline: 大厅服务器无应答，用预领号码继续取号"
                    + (pending > 0 ? "，" + pending + " 张待移交" : "") + " / the hall server does not answer; issuing from leased numbers"
                    + (pending > 0 ? ", " + pending + " to hand over" : ""));
        } catch (HallRequestException e) {
            return new DeviceState.Offline("大厅服务器拒绝本机 / the hall server refuses this kiosk (" + e.status() + "): " + e.getMessage());
        } catch (RuntimeException e) {
            return new DeviceState.Offline("hall link check failed: " + e);
        }
    }

    @Override
    public synchronized void close() {
        if (queue != null) {
            queue.close();
            queue = null;
        }
    }
}
