package org.hallkiosk.device.printer.sim;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.Code39Writer;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hallkiosk.device.printer.ReceiptFont;

/**
 * Interprets an ESC/POS byte stream the way a Chinese receipt printer would and draws the result on
 * {@link Paper}. Commands may arrive split across any number of {@link #feed} calls. Unknown
 * commands are skipped and noted in {@link #warnings()}.
 */
final class EscPosInterpreter {

    /** Whether the printer mechanism can print now (paper in, cover shut, online). */
    interface Mechanism {
        boolean canPrint();
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset CODE_PAGE_437 = Charset.forName("IBM437");
    private static final int DEFAULT_LINE_SPACING = 30;
    private static final int MAX_WARNINGS = 100;

    private final Paper paper;
    private final ReceiptFont font;
    private final Mechanism mechanism;
    private final Consumer<BufferedImage> onCut;

    private byte[] pending = new byte[0];

    // printer modes, reset by ESC @
    private int align;
    private int width = 1;
    private int height = 1;
    private boolean bold;
    private boolean underline;
    private boolean chinese;
    private int lineSpacing = DEFAULT_LINE_SPACING;
    private int barcodeHeight = 162;
    private int barcodeModule = 3;
    private int hri;
    private int qrModule = 3;
    private ErrorCorrectionLevel qrLevel = ErrorCorrectionLevel.L;
    private byte[] qrData = new byte[0];

    private final List<Run> line = new ArrayList<>();
    private final StringBuilder runText = new StringBuilder();

    private final List<String> textLines = new ArrayList<>();
    private final List<String> qrPayloads = new ArrayList<>();
    private final List<String> barcodes = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private int cuts;
    private int rasters;
    private long dropped;

    private record Run(String text, int width, int height, boolean bold, boolean underline) {}

    EscPosInterpreter(Paper paper, ReceiptFont font, Mechanism mechanism, Consumer<BufferedImage> onCut) {
        this.paper = paper;
        this.font = font;
        this.mechanism = mechanism;
        this.onCut = onCut;
    }

    List<String> textLines() {
        return List.copyOf(textLines);
    }

    List<String> qrPayloads() {
        return List.copyOf(qrPayloads);
    }

    List<String> barcodes() {
        return List.copyOf(barcodes);
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }

    int cuts() {
        return cuts;
    }

    int rasters() {
        return rasters;
    }

    /** Bytes thrown away because the printer could not print (paper out, cover open, offline). */
    long dropped() {
        return dropped;
    }

    /** Bytes held back because they end in the middle of a command. */
    int pendingBytes() {
        return pending.length;
    }

    void feed(byte[] data, int offset, int length) {
        byte[] buf = new byte[pending.length + length];
        System.arraycopy(pending, 0, buf, 0, pending.length);
        System.arraycopy(data, offset, buf, pending.length, length);
        int pos = 0;
        while (pos < buf.length) {
            int used = step(buf, pos, buf.length);
            if (used == 0) {
                break;
            }
            pos += used;
        }
        pending = Arrays.copyOfRange(buf, pos, buf.length);
    }

    /** Prints what is left in the line buffer, as a printer does at the end of a job. */
    void finish() {
        if (pending.length > 0) {
            warn("stream ended inside a command (" + pending.length + " bytes left over)");
            pending = new byte[0];
        }
        endRun();
        if (!line.isEmpty()) {
            printLine();
        }
    }

    private static int u(byte[] b, int i) {
        return b[i] & 0xFF;
    }

    /** Handles one command or character at {@code pos}; returns bytes used, or 0 if more are needed. */
    private int step(byte[] b, int pos, int end) {
        int avail = end - pos;
        int c = u(b, pos);
        switch (c) {
            case 0x0A:
                printLine();
                return 1;
            case 0x0D:
            case 0x00:
                return 1;
            case 0x09:
                addChar(' ');
                return 1;
            case 0x0C:
                printLine();
                return 1;
            case 0x10:
                return dle(b, pos, avail);
            case 0x1B:
                return esc(b, pos, avail);
            case 0x1C:
                return fs(b, pos, avail);
            case 0x1D:
                return gs(b, pos, avail);
            default:
                return character(b, pos, avail, c);
        }
    }

    private int dle(byte[] b, int pos, int avail) {
        if (avail < 2) {
            return 0;
        }
        int cmd = u(b, pos + 1);
        if (cmd == 0x04 || cmd == 0x05) {
            // real-time commands are answered on arrival by the simulator, not here in print order
            return avail < 3 ? 0 : 3;
        }
        if (cmd == 0x14) {
            return avail < 5 ? 0 : 5;
        }
        return 1;
    }

    private int esc(byte[] b, int pos, int avail) {
        if (avail < 2) {
            return 0;
        }
        int cmd = u(b, pos + 1);
        switch (cmd) {
            case '@':
                reset();
                return 2;
            case '2':
                lineSpacing = DEFAULT_LINE_SPACING;
                return 2;
            case 'a': case 'E': case '-': case '!': case 'd': case 'J': case '3': case 't': case 'M': case 'G':
            case 'R': case 'V': case '{': case ' ': case '=': case 'U': case 'r': case 'S': case 'L': case 'K':
                if (avail < 3) {
                    return 0;
                }
                escWithArg(cmd, u(b, pos + 2));
                return 3;
            case '$':
            case '\\':
                return avail < 4 ? 0 : 4;
            case 'c':
                return avail < 4 ? 0 : 4;
            case 'p':
                return avail < 5 ? 0 : 5;
            case 'D': {
                for (int i = pos + 2; i < pos + avail; i++) {
                    if (b[i] == 0) {
                        return i - pos + 1;
                    }
                }
                return 0;
            }
            case '*': {
                if (avail < 5) {
                    return 0;
                }
                int m = u(b, pos + 2);
                int columns = u(b, pos + 3) + 256 * u(b, pos + 4);
                int need = 5 + columns * (m >= 32 ? 3 : 1);
                warn("ESC * bit image not rendered");
                return avail < need ? 0 : need;
            }
            default:
                warn(String.format("unknown command ESC 0x%02X skipped", cmd));
                return 2;
        }
    }

    private void escWithArg(int cmd, int n) {
        switch (cmd) {
            case 'a' -> {
                endRun();
                align = (n % 48) <= 2 ? n % 48 : 0;
            }
            case 'E' -> {
                endRun();
                bold = (n & 1) != 0;
            }
            case '-' -> {
                endRun();
                underline = (n % 48) != 0;
            }
            case '!' -> {
                endRun();
                bold = (n & 0x08) != 0;
                height = (n & 0x10) != 0 ? 2 : 1;
                width = (n & 0x20) != 0 ? 2 : 1;
                underline = (n & 0x80) != 0;
            }
            case 'd' -> {
                printLine();
                for (int i = 1; i < n; i++) {
                    printLine();
                }
            }
            case 'J' -> {
                endRun();
                if (line.isEmpty()) {
                    feedPaper(n);
                } else {
                    printLine();
                }
            }
            case '3' -> lineSpacing = Math.max(1, n);
            default -> {
                // modes the simulator does not draw differently (code table, font B, rotation...)
            }
        }
    }

    private int fs(byte[] b, int pos, int avail) {
        if (avail < 2) {
            return 0;
        }
        int cmd = u(b, pos + 1);
        switch (cmd) {
            case '&':
                chinese = true;
                return 2;
            case '.':
                chinese = false;
                return 2;
            case '-':
                if (avail < 3) {
                    return 0;
                }
                endRun();
                underline = (u(b, pos + 2) % 48) != 0;
                return 3;
            case '!':
                if (avail < 3) {
                    return 0;
                }
                endRun();
                int n = u(b, pos + 2);
                width = (n & 0x04) != 0 ? 2 : 1;
                height = (n & 0x08) != 0 ? 2 : 1;
                underline = (n & 0x80) != 0;
                return 3;
            case 'C': case 'W':
                return avail < 3 ? 0 : 3;
            case 'S': case 'p':
                return avail < 4 ? 0 : 4;
            default:
                warn(String.format("unknown command FS 0x%02X skipped", cmd));
                return 2;
        }
    }

    private int gs(byte[] b, int pos, int avail) {
        if (avail < 2) {
            return 0;
        }
        int cmd = u(b, pos + 1);
        switch (cmd) {
            case '!': {
                if (avail < 3) {
                    return 0;
                }
                endRun();
                int n = u(b, pos + 2);
                width = Math.min(8, ((n >> 4) & 0x07) + 1);
                height = Math.min(8, (n & 0x07) + 1);
                return 3;
            }
            case 'H':
                if (avail < 3) {
                    return 0;
                }
                hri = u(b, pos + 2) % 48;
                return 3;
            case 'h':
                if (avail < 3) {
                    return 0;
                }
                barcodeHeight = Math.max(1, u(b, pos + 2));
                return 3;
            case 'w':
                if (avail < 3) {
                    return 0;
                }
                barcodeModule = Math.max(1, Math.min(6, u(b, pos + 2)));
                return 3;
            case 'B': case 'f': case 'a': case 'r': case 'I': case '/': case 'b': case 'E':
                return avail < 3 ? 0 : 3;
            case 'L': case 'W': case 'P': case '$': case '\\':
                return avail < 4 ? 0 : 4;
            case 'V': {
                if (avail < 3) {
                    return 0;
                }
                int m = u(b, pos + 2);
                boolean withFeed = m == 65 || m == 66 || m == 97 || m == 98 || m == 103 || m == 104;
                if (withFeed && avail < 4) {
                    return 0;
                }
                cut(withFeed);
                return withFeed ? 4 : 3;
            }
            case '(': {
                if (avail < 5) {
                    return 0;
                }
                int len = u(b, pos + 3) + 256 * u(b, pos + 4);
                if (avail < 5 + len) {
                    return 0;
                }
                if (u(b, pos + 2) == 'k') {
                    qr(Arrays.copyOfRange(b, pos + 5, pos + 5 + len));
                }
                return 5 + len;
            }
            case 'k':
                return barcode(b, pos, avail);
            case 'v': {
                if (avail < 8) {
                    return 0;
                }
                int m = u(b, pos + 3);
                int bytesPerRow = u(b, pos + 4) + 256 * u(b, pos + 5);
                int rows = u(b, pos + 6) + 256 * u(b, pos + 7);
                // Printers accept 1-255 bytes across and 1-4095 rows; beyond that the header is noise, skipped
                // as a real printer ignores it (and 65280 x 65280 would overflow the size).
                if (bytesPerRow < 1 || bytesPerRow > 255 || rows < 1 || rows > 4095) {
                    return 8;
                }
                int need = 8 + bytesPerRow * rows;
                if (avail < need) {
                    return 0;
                }
                raster(Arrays.copyOfRange(b, pos + 8, pos + need), bytesPerRow, rows, m % 48);
                return need;
            }
            case '*': {
                if (avail < 4) {
                    return 0;
                }
                int need = 4 + u(b, pos + 2) * u(b, pos + 3) * 8;
                return avail < need ? 0 : need;
            }
            default:
                warn(String.format("unknown command GS 0x%02X skipped", cmd));
                return 2;
        }
    }

    private int character(byte[] b, int pos, int avail, int c) {
        if (chinese && c >= 0x81 && c <= 0xFE) {
            if (avail < 2) {
                return 0;
            }
            int second = u(b, pos + 1);
            int len = (second >= 0x30 && second <= 0x39) ? 4 : 2;
            if (avail < len) {
                return 0;
            }
            String s = new String(b, pos, len, GB18030);
            s.codePoints().forEach(this::addChar);
            return len;
        }
        if (c >= 0x20 && c < 0x7F) {
            addChar(c);
        } else if (c >= 0x80) {
            new String(new byte[] {(byte) c}, CODE_PAGE_437).codePoints().forEach(this::addChar);
        }
        return 1;
    }

    private void reset() {
        endRun();
        align = 0;
        width = 1;
        height = 1;
        bold = false;
        underline = false;
        lineSpacing = DEFAULT_LINE_SPACING;
        barcodeHeight = 162;
        barcodeModule = 3;
        hri = 0;
        qrModule = 3;
        qrLevel = ErrorCorrectionLevel.L;
        qrData = new byte[0];
        // Chinese mode is a power-on setting on most Chinese printers; ESC @ leaves it as it is.
    }

    private void addChar(int cp) {
        runText.appendCodePoint(cp);
    }

    private void endRun() {
        if (runText.length() > 0) {
            line.add(new Run(runText.toString(), width, height, bold, underline));
            runText.setLength(0);
        }
    }

    /** LF: prints the line buffer, wrapping at the paper edge, or feeds one line if it is empty. */
    private void printLine() {
        endRun();
        if (line.isEmpty()) {
            feedPaper(lineSpacing);
            return;
        }
        List<List<Run>> visual = wrapRuns(line, paper.width());
        line.clear();
        for (List<Run> runs : visual) {
            drawLine(runs);
        }
    }

    private List<List<Run>> wrapRuns(List<Run> runs, int limit) {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> current = new ArrayList<>();
        int used = 0;
        for (Run run : runs) {
            StringBuilder part = new StringBuilder();
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                int w = ReceiptFont.cellWidth(cp) * run.width();
                if (used + w > limit && (used > 0 || part.length() > 0)) {
                    if (part.length() > 0) {
                        current.add(new Run(part.toString(), run.width(), run.height(), run.bold(), run.underline()));
                        part.setLength(0);
                    }
                    lines.add(current);
                    current = new ArrayList<>();
                    used = 0;
                }
                part.appendCodePoint(cp);
                used += w;
                i += Character.charCount(cp);
            }
            if (part.length() > 0) {
                current.add(new Run(part.toString(), run.width(), run.height(), run.bold(), run.underline()));
            }
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        return lines;
    }

    private void drawLine(List<Run> runs) {
        StringBuilder text = new StringBuilder();
        int totalWidth = 0;
        int cellHeight = 0;
        for (Run run : runs) {
            text.append(run.text());
            totalWidth += ReceiptFont.textWidth(run.text(), run.width());
            cellHeight = Math.max(cellHeight, ReceiptFont.CELL_HEIGHT * run.height());
        }
        if (!mechanism.canPrint()) {
            return;
        }
        textLines.add(text.toString());
        int rows = cellHeight + Math.max(0, lineSpacing - ReceiptFont.CELL_HEIGHT);
        BufferedImage strip = paper.newStrip(rows);
        Graphics2D g = strip.createGraphics();
        g.setColor(Color.BLACK);
        int x = startX(totalWidth);
        for (Run run : runs) {
            int top = cellHeight - ReceiptFont.CELL_HEIGHT * run.height();
            font.draw(g, run.text(), x, top, run.width(), run.height(), run.bold(), run.underline());
            x += ReceiptFont.textWidth(run.text(), run.width());
        }
        g.dispose();
        paper.add(strip);
    }

    private int startX(int contentWidth) {
        int free = Math.max(0, paper.width() - contentWidth);
        return switch (align) {
            case 1 -> free / 2;
            case 2 -> free;
            default -> 0;
        };
    }

    private void feedPaper(int rows) {
        if (mechanism.canPrint()) {
            paper.feed(rows);
        }
    }

    private void cut(boolean feedFirst) {
        endRun();
        if (!line.isEmpty()) {
            printLine();
        }
        if (!mechanism.canPrint()) {
            return;
        }
        if (feedFirst) {
            paper.feed(24);
        }
        cuts++;
        onCut.accept(paper.cut());
    }

    /** GS ( k with cn = 0x31: model, module size, error correction, store, print. */
    private void qr(byte[] params) {
        if (params.length < 2 || params[0] != 0x31) {
            return;
        }
        int fn = params[1] & 0xFF;
        switch (fn) {
            case 0x43 -> {
                if (params.length >= 3) {
                    qrModule = Math.max(1, Math.min(16, params[2] & 0xFF));
                }
            }
            case 0x45 -> {
                if (params.length >= 3) {
                    qrLevel = switch ((params[2] & 0xFF) % 48) {
                        case 1 -> ErrorCorrectionLevel.M;
                        case 2 -> ErrorCorrectionLevel.Q;
                        case 3 -> ErrorCorrectionLevel.H;
                        default -> ErrorCorrectionLevel.L;
                    };
                }
            }
            case 0x50 -> qrData = params.length > 3 ? Arrays.copyOfRange(params, 3, params.length) : new byte[0];
            case 0x51 -> printQr();
            default -> {
                // model selection and the rest do not change the drawing
            }
        }
    }

    private void printQr() {
        endRun();
        if (!line.isEmpty()) {
            printLine();
        }
        if (qrData.length == 0) {
            warn("QR print with no stored data");
            return;
        }
        String payload = new String(qrData, StandardCharsets.UTF_8);
        ByteMatrix matrix;
        try {
            matrix = Encoder.encode(payload, qrLevel, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8")).getMatrix();
        } catch (WriterException e) {
            warn("QR data cannot be encoded: " + e.getMessage());
            return;
        }
        int size = matrix.getWidth() * qrModule;
        if (size > paper.width()) {
            warn("QR symbol " + size + " dots wide does not fit " + paper.width() + " dots; not printed");
            return;
        }
        if (!mechanism.canPrint()) {
            return;
        }
        qrPayloads.add(payload);
        BufferedImage strip = paper.newStrip(size);
        int x0 = startX(size);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y) == 1) {
                    fill(strip, x0 + x * qrModule, y * qrModule, qrModule, qrModule);
                }
            }
        }
        paper.add(strip);
    }

    private int barcode(byte[] b, int pos, int avail) {
        if (avail < 3) {
            return 0;
        }
        int m = u(b, pos + 2);
        byte[] data;
        int used;
        if (m <= 6) {
            int nul = -1;
            for (int i = pos + 3; i < pos + avail; i++) {
                if (b[i] == 0) {
                    nul = i;
                    break;
                }
            }
            if (nul < 0) {
                return avail > 260 ? 3 : 0;
            }
            data = Arrays.copyOfRange(b, pos + 3, nul);
            used = nul - pos + 1;
            m += 65;
        } else {
            if (avail < 4) {
                return 0;
            }
            int n = u(b, pos + 3);
            if (avail < 4 + n) {
                return 0;
            }
            data = Arrays.copyOfRange(b, pos + 4, pos + 4 + n);
            used = 4 + n;
        }
        drawBarcode(m, data);
        return used;
    }

    private void drawBarcode(int m, byte[] data) {
        endRun();
        if (!line.isEmpty()) {
            printLine();
        }
        String text;
        BitMatrix bars;
        try {
            if (m == 73) {
                text = code128Text(data);
                bars = new Code128Writer().encode(text, BarcodeFormat.CODE_128, 0, 1);
            } else if (m == 69) {
                text = new String(data, StandardCharsets.US_ASCII);
                bars = new Code39Writer().encode(text, BarcodeFormat.CODE_39, 0, 1);
            } else {
                warn("barcode type " + m + " is not drawn by the simulator");
                return;
            }
        } catch (IllegalArgumentException e) {
            warn("barcode data rejected: " + e.getMessage());
            return;
        }
        int barsWidth = bars.getWidth() * barcodeModule;
        if (barsWidth > paper.width()) {
            warn("barcode " + barsWidth + " dots wide does not fit; not printed");
            return;
        }
        if (!mechanism.canPrint()) {
            return;
        }
        barcodes.add(text);
        boolean above = hri == 1 || hri == 3;
        boolean below = hri == 2 || hri == 3;
        int textRows = ReceiptFont.CELL_HEIGHT + 4;
        BufferedImage strip = paper.newStrip(barcodeHeight + (above ? textRows : 0) + (below ? textRows : 0));
        int x0 = startX(barsWidth);
        int top = above ? textRows : 0;
        for (int x = 0; x < bars.getWidth(); x++) {
            if (bars.get(x, 0)) {
                fill(strip, x0 + x * barcodeModule, top, barcodeModule, barcodeHeight);
            }
        }
        Graphics2D g = strip.createGraphics();
        g.setColor(Color.BLACK);
        int tx = startX(ReceiptFont.textWidth(text, 1));
        if (above) {
            font.draw(g, text, tx, 0, 1, 1, false, false);
        }
        if (below) {
            font.draw(g, text, tx, top + barcodeHeight + 4, 1, 1, false, false);
        }
        g.dispose();
        paper.add(strip);
    }

    /** The characters a CODE128 {A/{B/{C data string stands for ({C digits are binary pairs). */
    private static String code128Text(byte[] data) {
        StringBuilder text = new StringBuilder();
        boolean setC = false;
        for (int i = 0; i < data.length; i++) {
            int c = data[i] & 0xFF;
            if (c == '{' && i + 1 < data.length) {
                int sel = data[i + 1] & 0xFF;
                i++;
                switch (sel) {
                    case 'A', 'B' -> setC = false;
                    case 'C' -> setC = true;
                    case '{' -> text.append('{');
                    default -> {
                        // FNC1-4 and SHIFT carry no printable text
                    }
                }
            } else if (setC) {
                text.append(String.format("%02d", c % 100));
            } else if (c >= 0x20 && c < 0x7F) {
                text.append((char) c);
            }
        }
        return text.toString();
    }

    /** GS v 0: m bit 0 doubles the width, bit 1 the height. */
    private void raster(byte[] data, int bytesPerRow, int rows, int m) {
        endRun();
        if (!line.isEmpty()) {
            printLine();
        }
        if (!mechanism.canPrint()) {
            return;
        }
        rasters++;
        int sx = (m & 1) != 0 ? 2 : 1;
        int sy = (m & 2) != 0 ? 2 : 1;
        int widthDots = Math.min(bytesPerRow * 8 * sx, paper.width());
        BufferedImage strip = paper.newStrip(rows * sy);
        int x0 = startX(widthDots);
        for (int y = 0; y < rows; y++) {
            for (int x = 0; x < bytesPerRow * 8; x++) {
                if ((data[y * bytesPerRow + x / 8] & (0x80 >>> (x % 8))) != 0) {
                    fill(strip, x0 + x * sx, y * sy, sx, sy);
                }
            }
        }
        paper.add(strip);
    }

    private static void fill(BufferedImage image, int x, int y, int w, int h) {
        for (int yy = y; yy < Math.min(image.getHeight(), y + h); yy++) {
            for (int xx = Math.max(0, x); xx < Math.min(image.getWidth(), x + w); xx++) {
                image.setRGB(xx, yy, 0x000000);
            }
        }
    }

    private void warn(String message) {
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(message);
        }
    }

    /** Counts bytes that arrived while the printer could not print. */
    void countDropped(int n) {
        dropped += n;
    }
}
