package org.hallkiosk.device.printer;

/** Why a receipt did not print, in words for the screen (Chinese) and for technicians (English). */
public enum PrintFailure {
    PAPER_OUT("缺纸", "paper out"),
    COVER_OPEN("纸仓盖打开", "cover open"),
    CUTTER_ERROR("切刀故障", "cutter error"),
    MECHANICAL_ERROR("打印机故障", "unrecoverable printer error"),
    OFFLINE("打印机脱机", "printer offline"),
    NO_ANSWER("打印机无应答", "no answer"),
    DISCONNECTED("打印机连接断开", "printer disconnected"),
    STALLED("打印机不接收数据", "printer not accepting data"),
    UNPRINTABLE("内容无法打印", "content cannot be printed");

    private final String zh;
    private final String en;

    PrintFailure(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    /** {@code 缺纸 / paper out}. */
    public String bilingual() {
        return zh + " / " + en;
    }
}
