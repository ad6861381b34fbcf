package org.hallkiosk.device.link;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The serial ports and USB printer nodes present on this machine, for {@code kioskctl devices list}.
 * PTYs are not listed (jSerialComm skips them) but can still be opened by path.
 */
public final class SerialPorts {

    /** One port: its device path, what the system says it is, and a stable by-id alias if udev made one. */
    public record Port(String path, String description, String stableAlias) {}

    private SerialPorts() {
    }

    /** Serial ports (ttyS, ttyUSB, ttyACM...) sorted by path. */
    public static List<Port> serial() {
        Map<String, String> aliases = byIdAliases(Path.of("/dev/serial/by-id"));
        List<Port> ports = new ArrayList<>();
        for (SerialPort p : SerialPort.getCommPorts()) {
            String path = p.getSystemPortPath();
            ports.add(new Port(path, p.getPortDescription(), aliases.getOrDefault(path, "")));
        }
        ports.sort((a, b) -> a.path().compareTo(b.path()));
        return ports;
    }

    /** Kernel USB printer nodes ({@code /dev/usb/lp*}), usable as {@code file:} links. */
    public static List<String> usbPrinters() {
        return list(Path.of("/dev/usb"), "lp");
    }

    private static Map<String, String> byIdAliases(Path dir) {
        Map<String, String> aliases = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return aliases;
        }
        try (Stream<Path> links = Files.list(dir)) {
            links.forEach(link -> {
                try {
                    aliases.put(link.toRealPath().toString(), link.toString());
                } catch (IOException ignored) {
                    // a dangling alias: the device went away between listing and resolving
                }
            });
        } catch (IOException ignored) {
            // unreadable /dev/serial/by-id: aliases are a convenience only
        }
        return aliases;
    }

    private static List<String> list(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(prefix)).map(Path::toString).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
