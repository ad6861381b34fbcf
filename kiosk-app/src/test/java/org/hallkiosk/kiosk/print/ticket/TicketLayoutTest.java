package org.hallkiosk.kiosk.print.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.hallkiosk.device.printer.Bitmap;
import org.hallkiosk.device.printer.EscPosEncoder;
import org.hallkiosk.device.printer.PrinterSettings;
import org.hallkiosk.device.printer.Receipt;
import org.hallkiosk.device.printer.ReceiptFont;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.kiosk.queue.LineContent;
import org.hallkiosk.queue.NoShowPolicy;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.Priority;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueSettings;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.TicketState;
import org.junit.jupiter.api.Test;

class TicketLayoutTest {

    static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    static final QueueLine LONGEST = new QueueLine("B", "不动产登记", List.of(7, 8, 9, 10), 80, 25, 60,
            "每日限号 80 个，取完即止；买卖双方须同时到场");
    static final String URL = "https://zwfw.example.org/q/261127B1000K3QZ";
    /** The bundled lines.yaml: line B is on floor 1, zone B. */
    static final List<org.hallkiosk.content.model.BusinessLine> LINES =
            org.hallkiosk.content.reload.CatalogueHolder.bundled().current().catalogue().lines();
    static final LineContent BUNDLED_LINES = new LineContent(() -> LINES);

    static Ticket ticket(String number, Priority priority, Optional<String> name) {
        return new Ticket("261127" + number + "K3QZ", LocalDate.of(2026, 11, 27), number, "B", 1000, "B", TicketState.WAITING,
                priority, Instant.parse("2026-11-27T01:42:00Z"), name, 0, Optional.empty(), 0);
    }

    private final PrinterSettings settings = PrinterSettings.defaults();
    private final ReceiptFont font = ReceiptFont.locate();
    private final EscPosEncoder encoder = new EscPosEncoder(settings, font);

    @Test
    void theLargestTicketStaysUnder600BytesAnd30TimesSmallerThanARaster() {
        TicketLayout layout = new TicketLayout("示例区政务服务中心（综合楼一层大厅）", HALL, QueueSettings.defaults()
                .withNoShow(NoShowPolicy.REQUEUE, 10, 1), BUNDLED_LINES);
        Receipt r = layout.receipt(ticket("B1000", Priority.APPOINTMENT, Optional.of("欧阳*娜")), LONGEST, new Position(123, 770), URL);
        byte[] bytes = encoder.encode(r);
        assertThat(bytes.length).isLessThanOrEqualTo(600);
        BufferedImage paper = PrinterSimulator.render(bytes, settings.dotsPerLine(), font);
        int raster = EscPosEncoder.raster(Bitmap.of(paper), 128).length;
        assertThat(raster).isGreaterThanOrEqualTo(30 * bytes.length);
    }

    @Test
    void theTicketCarriesWhatTheVisitorNeeds() {
        TicketLayout layout = new TicketLayout("示例区政务服务中心", HALL, QueueSettings.defaults());
        Receipt r = layout.receipt(ticket("B007", Priority.ELDER, Optional.of("张*三")), LONGEST, new Position(3, 25), URL);
        byte[] bytes = encoder.encode(r);
        PrinterSimulator sim = new PrinterSimulator(settings.dotsPerLine(), font);
        sim.accept(bytes);
        sim.finish();
        String text = String.join("\n", sim.textLines());
        assertThat(text).contains("示例区政务服务中心", "不动产登记", "B007", "前面还有 3 人，约等 25 分钟", "请到 7-10 号窗口办理",
                "老年人优先", "取号人：张*三", "取号时间：2026-11-27 09:42", "扫码查看排队进度", "本号当日有效，过号作废，请留意叫号",
                "温馨提示：每日限号 80 个");
        assertThat(sim.qrPayloads()).containsExactly(URL);
        assertThat(sim.cuts()).isEqualTo(1);
        assertThat(sim.rasterImages()).as("text and QR only, no pictures").isZero();
    }

    @Test
    void theTicketSaysWhereTheWindowsAre() {
        TicketLayout layout = new TicketLayout("示例区政务服务中心", HALL, QueueSettings.defaults(), BUNDLED_LINES);
        PrinterSimulator sim = new PrinterSimulator(settings.dotsPerLine(), font);
        sim.accept(encoder.encode(layout.receipt(ticket("B007", Priority.NORMAL, Optional.empty()), LONGEST, new Position(0, 0), URL)));
        sim.finish();
        assertThat(String.join("\n", sim.textLines())).contains("请到 1 楼 B 区 7-10 号窗口办理");
    }

    @Test
    void theRulesFollowTheNoShowPolicyAndAReprintSaysSo() {
        TicketLayout requeue = new TicketLayout("大厅", HALL, QueueSettings.defaults().withNoShow(NoShowPolicy.REQUEUE, 10, 1));
        assertThat(requeue.rulesText()).isEqualTo("本号当日有效，过号可在 10 分钟后重新排队，请留意叫号");
        Receipt again = requeue.reprint(ticket("B007", Priority.NORMAL, Optional.empty()), LONGEST, new Position(0, 0), URL);
        assertThat(again.blocks()).anyMatch(b -> b instanceof Receipt.Text t && t.text().endsWith("（补打）"));
        assertThat(again.blocks()).anyMatch(b -> b instanceof Receipt.Text t && t.text().equals("前面没有人等候，请留意叫号"));
        assertThat(again.blocks()).noneMatch(b -> b instanceof Receipt.Text t && t.text().startsWith("取号人"));
    }
}
