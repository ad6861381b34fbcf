package org.hallkiosk.kiosk.doctor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hallkiosk.device.link.LinkSpec;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.DeviceState;

/**
 * Every configured device present and answering: one check of each through the device manager, as
 * {@code kioskctl devices status} does. A simulated device on a kiosk is a warning: visitors would get no paper.
 */
public final class DeviceCheck implements DoctorCheck {

    private static final Map<String, String> FIXES = Map.of(
            "printer", "check power, paper, cover and cable; kioskctl devices list shows the ports present; then kioskctl devices test-print",
            "idcard", "check the reader's USB cable and devices.idCardReader; kioskctl devices list; then kioskctl devices read-card",
            "scanner", "check the scanner's USB cable and devices.scanner; then kioskctl devices scan",
            "gpio", "check devices.gpio and the wiring (docs/hardware.md, GPIO)");
    private static final Map<String, String> KEYS = Map.of(
            "printer", "devices.printer", "idcard", "devices.idCardReader", "scanner", "devices.scanner", "gpio", "devices.gpio");

    private final DeviceSettings settings;
    private final Map<String, String> specs;

    /** @param specs every configured device by name, as written in kiosk.yaml */
    public DeviceCheck(DeviceSettings settings, Map<String, String> specs) {
        this.settings = settings;
        this.specs = Map.copyOf(specs);
    }

    @Override
    public String name() {
        return "devices";
    }

    @Override
    public List<Finding> run() {
        List<Finding> out = new ArrayList<>();
        Map<String, DeviceState> states;
        try (DeviceManager manager = DeviceManager.create(settings, DeviceContext.standard(), DeviceKinds.ALL)) {
            states = manager.checkAll();
        } catch (IllegalArgumentException e) {
            return List.of(Finding.fail("devices", e.getMessage(), "correct the devices: section of kiosk.yaml (kioskctl config show)"));
        }
        for (String name : List.of("printer", "idcard", "scanner", "gpio")) {
            String spec = specs.getOrDefault(name, "none");
            String check = "device " + name;
            if (!DeviceSettings.fitted(spec)) {
                out.add(Finding.skip(check, "not fitted (" + KEYS.get(name) + ": " + spec + ")"));
                continue;
            }
            DeviceState state = states.get(name);
            String fix = FIXES.get(name);
            if (state == null) {
                out.add(Finding.fail(check, spec + ": no driver checked it", fix));
            } else if (simulated(spec)) {
                out.add(Finding.warn(check, spec + " is the built-in simulator, not a real device",
                        "set " + KEYS.get(name) + " in /etc/hallkiosk/kiosk.yaml (docs/hardware.md)"));
            } else {
                String detail = spec + (state.reason().isEmpty() ? "" : ": " + state.reason());
                out.add(switch (state.health()) {
                    case OK -> Finding.ok(check, detail);
                    case DEGRADED -> Finding.warn(check, detail, fix);
                    case OFFLINE -> Finding.fail(check, detail, fix);
                });
            }
        }
        return out;
    }

    private static boolean simulated(String spec) {
        String s = spec.strip().toLowerCase(java.util.Locale.ROOT);
        if (s.startsWith("sim") || s.equals("simulated")) {
            return true;
        }
        try {
            return LinkSpec.parse(spec) instanceof LinkSpec.Sim;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
