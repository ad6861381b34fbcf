package org.hallkiosk.device.printer;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.hallkiosk.device.printer.Receipt.Align;

/** The receipt a technician prints to check a printer: Chinese text in several sizes, a QR code, a barcode and a cut. */
public final class TestReceipt {

    private TestReceipt() {
    }

    /** A test page naming the printer's link and profile, stamped with {@code when}. */
    public static Receipt create(String linkSpec, PrinterSettings settings, LocalDateTime when) {
        String stamp = when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        return Receipt.builder()
                .heading("政务服务中心", 2, Align.CENTER)
                .text("打印机自检 / Printer self-test", Align.CENTER)
                .rule()
                .text("连接 Link: " + linkSpec)
                .text("型号 Profile: " + settings.profile().name())
                .text("纸宽 Paper: " + settings.paper().millimetres() + " mm, " + settings.columns() + " 列 columns")
                .text("时间 Time: " + stamp)
                .add(new Receipt.Text("中文字号 2x1", 2, 1, false, false, Align.LEFT))
                .add(new Receipt.Text("粗体 Bold", 1, 1, true, false, Align.LEFT))
                .add(new Receipt.Text("下划线 Underline", 1, 1, false, true, Align.LEFT))
                .rule()
                .qr("HALLKIOSK-TEST " + stamp, 5, Receipt.QrErrorCorrection.M, Align.CENTER)
                .code128("HK-TEST", Receipt.HriPosition.BELOW, Align.CENTER)
                .text("如能看清以上内容，打印机工作正常", Align.CENTER)
                .cut()
                .build();
    }
}
