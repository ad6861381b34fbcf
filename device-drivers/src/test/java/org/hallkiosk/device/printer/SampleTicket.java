package org.hallkiosk.device.printer;

import org.hallkiosk.device.printer.Receipt.Align;

/** The queue ticket whose bytes are pinned: Chinese text in three sizes, a rule, a QR code and a cut. */
final class SampleTicket {

    private SampleTicket() {
    }

    static Receipt receipt() {
        return Receipt.builder()
                .heading("政务服务中心", 2, Align.CENTER)
                .text("综合受理 · 取号凭条", Align.CENTER)
                .rule()
                .add(new Receipt.Text("A012", 4, 4, true, false, Align.CENTER))
                .text("前面还有 5 人等候，预计 15 分钟", Align.CENTER)
                .text("办理窗口：1、2、3 号窗口")
                .text("取号时间：2026-11-28 09:15")
                .rule()
                .qr("https://zwfw.example.gov.cn/q?t=A012&d=20261128", 6, Receipt.QrErrorCorrection.M, Align.CENTER)
                .text("请留意叫号，过号请重新取号", Align.CENTER)
                .cut()
                .build();
    }
}
