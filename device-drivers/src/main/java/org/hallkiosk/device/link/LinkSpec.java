package org.hallkiosk.device.link;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed link spec: where a device is attached and how the line is set up.
 *
 * <p>Forms: {@code serial:/dev/ttyUSB0?baud=115200&data=8&parity=none&stop=1&flow=dtr},
 * {@code tcp:192.0.2.10:9100?connect=3000&read=2000}, {@code file:/dev/usb/lp0}, {@code sim:printer}.
 */
public sealed interface LinkSpec {

    /** The canonical text of this spec; {@code parse(text())} gives back an equal spec. */
    String text();

    /** Parses a spec, or throws {@link LinkSpecException} naming what is wrong with it. */
    static LinkSpec parse(String spec) {
        if (spec == null || spec.isBlank()) {
            throw new LinkSpecException(String.valueOf(spec), "empty link spec (expected serial:, tcp:, file: or sim:)");
        }
        String s = spec.strip();
        int colon = s.indexOf(':');
        if (colon <= 0) {
            throw new LinkSpecException(s, "missing scheme (expected serial:, tcp:, file: or sim:)");
        }
        String scheme = s.substring(0, colon).toLowerCase(Locale.ROOT);
        String rest = s.substring(colon + 1);
        return switch (scheme) {
            case "serial" -> Serial.parse(s, rest);
            case "tcp" -> Tcp.parse(s, rest);
            case "file" -> File.parse(s, rest);
            case "sim" -> Sim.parse(s, rest);
            default -> throw new LinkSpecException(s, "unknown scheme '" + scheme + "' (expected serial, tcp, file or sim)");
        };
    }

    /** Serial parity. */
    enum Parity { NONE, ODD, EVEN, MARK, SPACE }

    /** Serial stop bits. */
    enum StopBits {
        ONE("1"), ONE_POINT_FIVE("1.5"), TWO("2");

        private final String text;

        StopBits(String text) {
            this.text = text;
        }

        /** The spec text: 1, 1.5 or 2. */
        public String text() {
            return text;
        }
    }

    /** Serial flow control: none, RTS/CTS, DTR/DSR or XON/XOFF. */
    enum Flow { NONE, RTS, DTR, XON }

    /** A serial port by device path (a PTY or a udev symlink is fine). */
    record Serial(String path, int baud, int dataBits, Parity parity, StopBits stopBits, Flow flow,
                  Duration writeTimeout) implements LinkSpec {

        /** Receipt printers ship at 9600 8N1 more often than anything else. */
        public static final int DEFAULT_BAUD = 9600;
        public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(10);

        public Serial {
            if (path == null || path.isBlank()) {
                throw new LinkSpecException("serial:", "missing device path, e.g. serial:/dev/ttyUSB0");
            }
            if (baud < 50 || baud > 4_000_000) {
                throw new LinkSpecException("serial:" + path, "baud " + baud + " out of range 50..4000000");
            }
            if (dataBits < 5 || dataBits > 8) {
                throw new LinkSpecException("serial:" + path, "data bits " + dataBits + " out of range 5..8");
            }
            if (parity == null || stopBits == null || flow == null || writeTimeout == null) {
                throw new LinkSpecException("serial:" + path, "parity, stop bits, flow and write timeout are required");
            }
        }

        /** 9600 8N1, no flow control. */
        public static Serial of(String path) {
            return new Serial(path, DEFAULT_BAUD, 8, Parity.NONE, StopBits.ONE, Flow.NONE, DEFAULT_WRITE_TIMEOUT);
        }

        public Serial withBaud(int newBaud) {
            return new Serial(path, newBaud, dataBits, parity, stopBits, flow, writeTimeout);
        }

        public Serial withFlow(Flow newFlow) {
            return new Serial(path, baud, dataBits, parity, stopBits, newFlow, writeTimeout);
        }

        @Override
        public String text() {
            return "serial:" + path + "?baud=" + baud + "&data=" + dataBits
                    + "&parity=" + parity.name().toLowerCase(Locale.ROOT)
                    + "&stop=" + stopBits.text() + "&flow=" + flow.name().toLowerCase(Locale.ROOT)
                    + "&write=" + writeTimeout.toMillis();
        }

        static Serial parse(String spec, String rest) {
            int q = rest.indexOf('?');
            String path = q < 0 ? rest : rest.substring(0, q);
            if (path.isBlank()) {
                throw new LinkSpecException(spec, "missing device path, e.g. serial:/dev/ttyUSB0");
            }
            Map<String, String> params = query(spec, q < 0 ? "" : rest.substring(q + 1));
            int baud = intParam(spec, params, "baud", DEFAULT_BAUD);
            int data = intParam(spec, params, "data", 8);
            Parity parity = enumParam(spec, params, "parity", Parity.NONE, Parity.class);
            StopBits stop = switch (params.getOrDefault("stop", "1")) {
                case "1" -> StopBits.ONE;
                case "1.5" -> StopBits.ONE_POINT_FIVE;
                case "2" -> StopBits.TWO;
                default -> throw new LinkSpecException(spec, "stop bits must be 1, 1.5 or 2, not '" + params.get("stop") + "'");
            };
            Flow flow = enumParam(spec, params, "flow", Flow.NONE, Flow.class);
            Duration write = Duration.ofMillis(intParam(spec, params, "write", (int) DEFAULT_WRITE_TIMEOUT.toMillis()));
            params.keySet().removeAll(java.util.List.of("baud", "data", "parity", "stop", "flow", "write"));
            rejectUnknown(spec, params, "baud, data, parity, stop, flow, write");
            try {
                return new Serial(path, baud, data, parity, stop, flow, write);
            } catch (LinkSpecException e) {
                throw new LinkSpecException(spec, e.problem());
            }
        }
    }

    /** A TCP socket, typically a network printer's raw port 9100. */
    record Tcp(String host, int port, Duration connectTimeout, Duration readTimeout) implements LinkSpec {

        public static final int RAW_PRINT_PORT = 9100;
        public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(3);

        public Tcp {
            if (host == null || host.isBlank()) {
                throw new LinkSpecException("tcp:", "missing host, e.g. tcp:192.0.2.10:9100");
            }
            if (port < 1 || port > 65535) {
                throw new LinkSpecException("tcp:" + host, "port " + port + " out of range 1..65535");
            }
            if (connectTimeout == null || connectTimeout.isNegative() || readTimeout == null || readTimeout.isNegative()) {
                throw new LinkSpecException("tcp:" + host, "timeouts must be zero or positive");
            }
        }

        @Override
        public String text() {
            String h = host.contains(":") ? "[" + host + "]" : host;
            return "tcp:" + h + ":" + port + "?connect=" + connectTimeout.toMillis() + "&read=" + readTimeout.toMillis();
        }

        static Tcp parse(String spec, String rest) {
            int q = rest.indexOf('?');
            String address = q < 0 ? rest : rest.substring(0, q);
            Map<String, String> params = query(spec, q < 0 ? "" : rest.substring(q + 1));
            String host;
            String portText;
            if (address.startsWith("[")) {
                int close = address.indexOf(']');
                if (close < 0) {
                    throw new LinkSpecException(spec, "unclosed '[' in IPv6 address");
                }
                host = address.substring(1, close);
                String after = address.substring(close + 1);
                if (!after.isEmpty() && !after.startsWith(":")) {
                    throw new LinkSpecException(spec, "expected ':port' after ']'");
                }
                portText = after.isEmpty() ? null : after.substring(1);
            } else {
                int c = address.lastIndexOf(':');
                if (c >= 0 && address.indexOf(':') != c) {
                    throw new LinkSpecException(spec, "IPv6 addresses must be written in brackets, e.g. tcp:[::1]:9100");
                }
                host = c < 0 ? address : address.substring(0, c);
                portText = c < 0 ? null : address.substring(c + 1);
            }
            if (host.isBlank()) {
                throw new LinkSpecException(spec, "missing host, e.g. tcp:192.0.2.10:9100");
            }
            int port = RAW_PRINT_PORT;
            if (portText != null) {
                try {
                    port = Integer.parseInt(portText);
                } catch (NumberFormatException e) {
                    throw new LinkSpecException(spec, "port '" + portText + "' is not a number");
                }
            }
            Duration connect = Duration.ofMillis(intParam(spec, params, "connect", (int) DEFAULT_CONNECT_TIMEOUT.toMillis()));
            Duration read = Duration.ofMillis(intParam(spec, params, "read", 0));
            params.keySet().removeAll(java.util.List.of("connect", "read"));
            rejectUnknown(spec, params, "connect, read");
            try {
                return new Tcp(host, port, connect, read);
            } catch (LinkSpecException e) {
                throw new LinkSpecException(spec, e.problem());
            }
        }
    }

    /** A write-only device file such as the kernel's USB printer node {@code /dev/usb/lp0}. */
    record File(Path path) implements LinkSpec {

        public File {
            if (path == null || path.toString().isBlank()) {
                throw new LinkSpecException("file:", "missing path, e.g. file:/dev/usb/lp0");
            }
        }

        @Override
        public String text() {
            return "file:" + path;
        }

        static File parse(String spec, String rest) {
            if (rest.isBlank()) {
                throw new LinkSpecException(spec, "missing path, e.g. file:/dev/usb/lp0");
            }
            if (rest.contains("?")) {
                throw new LinkSpecException(spec, "file links take no options");
            }
            return new File(Path.of(rest));
        }
    }

    /** An in-process simulator registered under a name, e.g. {@code sim:printer}. */
    record Sim(String name) implements LinkSpec {

        public Sim {
            if (name == null || !name.matches("[A-Za-z0-9_.-]+")) {
                throw new LinkSpecException("sim:" + name, "simulator name must be letters, digits, '.', '_' or '-'");
            }
        }

        @Override
        public String text() {
            return "sim:" + name;
        }

        static Sim parse(String spec, String rest) {
            if (rest.isBlank()) {
                throw new LinkSpecException(spec, "missing simulator name, e.g. sim:printer");
            }
            try {
                return new Sim(rest);
            } catch (LinkSpecException e) {
                throw new LinkSpecException(spec, e.problem());
            }
        }
    }

    private static Map<String, String> query(String spec, String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return params;
        }
        for (String pair : query.split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new LinkSpecException(spec, "option '" + pair + "' is not of the form name=value");
            }
            String key = pair.substring(0, eq).toLowerCase(Locale.ROOT);
            if (params.put(key, pair.substring(eq + 1)) != null) {
                throw new LinkSpecException(spec, "option '" + key + "' given twice");
            }
        }
        return params;
    }

    private static int intParam(String spec, Map<String, String> params, String key, int fallback) {
        String value = params.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 0) {
                throw new LinkSpecException(spec, key + " must not be negative: " + value);
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new LinkSpecException(spec, key + " '" + value + "' is not a whole number");
        }
    }

    private static <E extends Enum<E>> E enumParam(String spec, Map<String, String> params, String key, E fallback, Class<E> type) {
        String value = params.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E constant : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
            }
            throw new LinkSpecException(spec, key + " must be one of " + allowed + ", not '" + value + "'");
        }
    }

    private static void rejectUnknown(String spec, Map<String, String> remaining, String known) {
        if (!remaining.isEmpty()) {
            throw new LinkSpecException(spec, "unknown option '" + remaining.keySet().iterator().next() + "' (known: " + known + ")");
        }
    }
}
