package org.hallkiosk.device.printer;

/** Something staff should know about a receipt that did print. */
public enum PrintWarning {
    PAPER_NEAR_END("纸将用尽", "paper near end"),
    STATUS_UNKNOWN("无法读取打印机状态", "printer status cannot be read on this link");

    private final String zh;
    private final String en;

    PrintWarning(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    public String zh() {
        return zh;
    }

    public String en() {
        return en;
    }

    public String bilingual() {
        return zh + " / " + en;
    }
}
