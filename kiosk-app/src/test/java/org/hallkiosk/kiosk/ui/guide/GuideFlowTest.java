package org.hallkiosk.kiosk.ui.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.hallkiosk.device.manager.PrinterDevice;
import org.hallkiosk.device.printer.sim.PrinterSimulator;
import org.hallkiosk.kiosk.ui.KioskUiHarness;
import org.hallkiosk.kiosk.ui.Route;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** 办事指南 as a visitor uses it, on the bundled content and the simulated printer. */
@ExtendWith(ApplicationExtension.class)
class GuideFlowTest {

    /** 公司设立登记: five materials, the fifth only when an agent applies (委托代理人办理的). */
    static final String COMPANY = "99010100SJ-XK-0001";

    @TempDir
    static Path dataDir;

    private KioskUiHarness kiosk;

    @Start
    void start(Stage stage) {
        kiosk = KioskUiHarness.show(stage, dataDir);
        kiosk.shell().wake();
    }

    @AfterEach
    void closeDevices() {
        kiosk.devices.close();
    }

    @Test
    void browseByAudienceAndThemeToAnItem(FxRobot robot) {
        robot.clickOn("#tile-guide");
        assertThat(robot.lookup("#screen-guide").tryQuery()).isPresent();
        assertThat(texts(robot, "#guide-person")).anyMatch(t -> t.matches("共 \\d+ 个事项"));
        robot.clickOn("#guide-person");
        assertThat(kiosk.shell().current()).isEqualTo(new Route(GuideRoutes.THEMES, "个人"));
        // 证件办理 (090) holds 居民身份证换领
        robot.clickOn("#guide-theme-090");
        assertThat(texts(robot, "#screen-guide-items")).contains("证件办理");
        robot.clickOn("#guide-item-99010100GA-GG-0001");
        assertThat(robot.lookup("#guide-item-name").queryLabeled().getText()).isEqualTo("居民身份证换领");

        robot.clickOn("#nav-back");
        robot.clickOn("#nav-back");
        assertThat(kiosk.shell().current().screen()).isEqualTo(GuideRoutes.THEMES);
    }

    @Test
    void browseByDepartmentToAnItem(FxRobot robot) {
        robot.clickOn("#tile-guide");
        robot.clickOn("#guide-by-department");
        assertThat(robot.lookup("#screen-guide-departments").tryQuery()).isPresent();
        robot.clickOn("#guide-department-scjg");
        assertThat(texts(robot, "#screen-guide-items")).contains("示例区市场监督管理局");
        robot.clickOn("#guide-item-" + COMPANY);
        assertThat(kiosk.shell().current()).isEqualTo(GuideRoutes.item(COMPANY));
    }

    @Test
    void legalPersonThemesListOnlyLegalPersonItems(FxRobot robot) {
        robot.clickOn("#tile-guide");
        robot.clickOn("#guide-legal-person");
        // 法人 005 设立变更 holds 公司设立登记
        robot.clickOn("#guide-theme-005");
        assertThat(robot.lookup("#guide-item-" + COMPANY).tryQuery()).isPresent();
        assertThat(robot.lookup("#guide-item-99010100GA-GG-0001").tryQuery()).as("身份证 is for individuals").isEmpty();
    }

    @Test
    void searchingOnTheOnScreenKeyboardUpdatesOnEveryKey(FxRobot robot) {
        robot.clickOn("#tile-guide");
        robot.clickOn("#guide-open-search");
        assertThat(robot.lookup(n -> n instanceof TextInputControl).tryQuery())
                .as("no text field: nothing may call up a system input method").isEmpty();
        assertThat(robot.lookup("#guide-popular").queryAs(Node.class).isVisible()).as("popular searches before typing").isTrue();

        List<String> counts = new ArrayList<>();
        for (char c : "yyzz".toCharArray()) {
            robot.clickOn("#key-" + c);
            counts.add(robot.lookup("#guide-result-count").queryLabeled().getText());
            assertThat(robot.lookup("#guide-query").queryLabeled().getText()).endsWith(String.valueOf(c));
        }
        assertThat(robot.lookup("#guide-query").queryLabeled().getText()).isEqualTo("yyzz");
        assertThat(counts).allMatch(t -> t.startsWith("找到"));
        assertThat(robot.lookup("#guide-popular").queryAs(Node.class).isVisible()).isFalse();
        assertThat(robot.lookup("#guide-result-99010100SJ-XK-0009").tryQuery()).as("营业执照遗失补领").isPresent();

        robot.clickOn("#key-backspace");
        assertThat(robot.lookup("#guide-query").queryLabeled().getText()).isEqualTo("yyz");
        robot.clickOn("#key-clear");
        assertThat(robot.lookup("#guide-popular").queryAs(Node.class).isVisible()).isTrue();

        robot.clickOn("#guide-popular-0");
        assertThat(robot.lookup("#guide-query").queryLabeled().getText()).isEqualTo("营业执照");
        robot.clickOn("#guide-result-99010100SJ-XK-0009");
        assertThat(kiosk.shell().current()).isEqualTo(GuideRoutes.item("99010100SJ-XK-0009"));
        robot.clickOn("#nav-back");
        assertThat(robot.lookup("#guide-query").queryLabeled().getText()).as("the search is still there after 返回").isEqualTo("营业执照");
    }

    @Test
    void aPopularSearchOnTheGuideStartOpensTheSearchWithItTypedIn(FxRobot robot) {
        robot.clickOn("#tile-guide");
        robot.clickOn("#guide-home-popular-1");
        assertThat(kiosk.shell().current()).isEqualTo(GuideRoutes.search());
        assertThat(robot.lookup("#guide-query").queryLabeled().getText()).isEqualTo("身份证");
        assertThat(texts(robot, "#guide-results")).contains("居民身份证换领");
    }

    @Test
    void fullPinyinFindsTheItemToo(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(GuideRoutes.search()));
        for (char c : "shebaoka".toCharArray()) {
            robot.clickOn("#key-" + c);
        }
        assertThat(robot.lookup("#guide-results").queryAs(Node.class).isVisible()).isTrue();
        assertThat(texts(robot, "#guide-results")).anyMatch(t -> t.contains("社会保障卡"));
    }

    @Test
    void detailOfAnItemWithConditionalMaterials(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(GuideRoutes.item(COMPANY)));
        assertThat(robot.lookup("#guide-item-name").queryLabeled().getText()).isEqualTo("公司设立登记");
        assertThat(texts(robot, "#guide-glance")).contains("承诺时限", "1 个工作日", "法定时限", "3 个工作日", "不收费", "最多跑一次");
        assertThat(texts(robot, "#guide-materials")).contains("申请材料（共 5 项，备好一项打一个勾）",
                "1. 公司登记（备案）申请书", "原件 1 份", "复印件 1 份", "来源：申请人自备", "5. 授权委托书及代理人身份证明",
                "符合此情形才需要：委托代理人办理的");
        assertThat(robot.lookup("#guide-material-5").queryAs(Node.class).getStyleClass()).contains("conditional");
        assertThat(robot.lookup("#guide-material-1").queryAs(Node.class).getStyleClass()).doesNotContain("conditional");
        assertThat(texts(robot, "#guide-material-1")).noneMatch(t -> t.contains("符合此情形"));
        assertThat(texts(robot, "#guide-steps")).contains("1", "申请", "在窗口或网上提交申请材料", "4", "发照");
        assertThat(texts(robot, "#guide-conditions")).contains("1. 有符合规定的公司名称、住所和公司章程");
        assertThat(texts(robot, "#guide-fees")).contains("收费标准与依据", "不收费");
        assertThat(texts(robot, "#guide-basis")).anyMatch(t -> t.contains("市场主体登记管理条例"));
        assertThat(texts(robot, "#guide-where")).anyMatch(t -> t.startsWith("取号窗口：A 综合受理 1-6 号窗口"));
        assertThat(texts(robot, "#guide-phones")).contains("咨询电话：12345", "投诉电话：12345");
    }

    @Test
    void takeANumberOpensTheQueueWithTheItemsLineChosen(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(GuideRoutes.item(COMPANY)));
        robot.clickOn("#guide-queue");
        assertThat(kiosk.shell().current().screen()).isEqualTo(Route.QUEUE);
        // line A is open at 09:30 on a Friday: straight to 确认取号 (直接取号 or the ID card), the line list is skipped
        assertThat(kiosk.shell().current().argument()).isEqualTo("confirm");
    }

    @Test
    void longDetailPagesWithBigButtonsNotAScrollBar(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(GuideRoutes.item("99010100BD-QR-0001")));
        robot.interact(() -> kiosk.shell().toggleElderMode());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".scroll-bar").queryAllAs(Node.class)).noneMatch(GuideFlowTest::isShown);
        Labeled page = robot.lookup("#guide-detail-page").queryLabeled();
        assertThat(page.getText()).startsWith("第 1 / ");
        robot.clickOn("#guide-detail-down");
        assertThat(page.getText()).startsWith("第 2 / ");
        javafx.scene.control.ScrollPane scroll = robot.lookup("#guide-detail").queryAs(javafx.scene.control.ScrollPane.class);
        Node body = scroll.getContent();
        double top = scroll.getVvalue() * (body.getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight());
        for (Node row : body.lookupAll(".guide-material")) {
            Bounds b = body.sceneToLocal(row.localToScene(row.getLayoutBounds()));
            assertThat(b.getMaxY() <= top + 1 || b.getMinY() >= top - 1)
                    .as("a page turn does not cut %s in half (rows %s..%s, top %s)", row.getId(), b.getMinY(), b.getMaxY(), top)
                    .isTrue();
        }
        robot.clickOn("#guide-detail-up");
        assertThat(page.getText()).startsWith("第 1 / ");
    }

    @Test
    void printingTheNoticeOnTheReceiptPrinter(FxRobot robot) throws Exception {
        PrinterSimulator sim = simulator();
        robot.interact(() -> kiosk.shell().open(GuideRoutes.item(COMPANY)));
        robot.clickOn("#guide-print");
        waitForStatus(robot, "告知单已打印");
        assertThat(sim.awaitCuts(1, Duration.ofSeconds(10))).isTrue();
        assertThat(sim.textLines()).contains("一次性告知单", "公司设立登记");
        assertThat(sim.qrPayloads()).containsExactly("https://zwfw.example.org/guide?code=" + COMPANY);
    }

    @Test
    void paperOutSaysWhyAndOffersTheQrCode(FxRobot robot) throws Exception {
        simulator().setCondition(PrinterSimulator.Condition.PAPER_OUT);
        robot.interact(() -> kiosk.shell().open(GuideRoutes.item(COMPANY)));
        robot.clickOn("#guide-print");
        String status = waitForStatus(robot, "打印失败");
        assertThat(status).contains("缺纸").contains("扫码带走");
        assertThat(robot.lookup("#guide-qr").queryAs(Node.class).getStyleClass()).as("QR made the obvious way").contains("suggested");

        robot.clickOn("#guide-qr");
        assertThat(kiosk.shell().current()).isEqualTo(GuideRoutes.qr(COMPANY));
        ImageView qr = robot.lookup("#guide-qr-image").queryAs(ImageView.class);
        assertThat(qr.getImage().getWidth()).isGreaterThanOrEqualTo(400);
        assertThat(robot.lookup("#guide-qr-url").queryLabeled().getText())
                .isEqualTo("https://zwfw.example.org/guide?code=" + COMPANY);
    }

    @Test
    void elderModeDetailCutsNoTextShort(FxRobot robot) {
        for (String code : List.of(COMPANY, "99010100BD-QR-0001", "99010100GA-GG-0001")) {
            robot.interact(() -> kiosk.shell().open(GuideRoutes.item(code)));
            robot.interact(() -> {
                if (!kiosk.shell().elderModeProperty().get()) {
                    kiosk.shell().toggleElderMode();
                }
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(truncated(kiosk.scene.getRoot())).as("cut-off texts on %s in elder mode", code).isEmpty();
            robot.interact(() -> kiosk.shell().toggleLanguage());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(truncated(kiosk.scene.getRoot())).as("cut-off texts on %s in elder mode, English", code).isEmpty();
            robot.interact(() -> kiosk.shell().toggleLanguage());
        }
    }

    @Test
    void elderModeBrowseAndSearchScreensCutNoTextShort(FxRobot robot) {
        robot.interact(() -> kiosk.shell().toggleElderMode());
        for (Route r : List.of(Route.of(Route.GUIDE), GuideRoutes.themes(org.hallkiosk.content.model.Audience.PERSON),
                GuideRoutes.departments(), GuideRoutes.search())) {
            robot.interact(() -> kiosk.shell().open(r));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(truncated(kiosk.scene.getRoot())).as("cut-off texts on %s", r).isEmpty();
        }
    }

    @Test
    void aRouteToAnItemThatIsGoneSaysSo(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(GuideRoutes.item("NO-SUCH-ITEM")));
        assertThat(robot.lookup("#screen-guide-gone").tryQuery()).isPresent();
        robot.clickOn("#guide-gone-start");
        assertThat(kiosk.shell().current().screen()).isEqualTo(Route.GUIDE);
    }

    @Test
    void idleTimeoutForgetsTheSearch(FxRobot robot) {
        robot.interact(() -> kiosk.shell().open(GuideRoutes.search()));
        robot.clickOn("#key-y");
        robot.interact(() -> kiosk.idle(120));
        robot.interact(() -> {
            kiosk.shell().wake();
            kiosk.shell().open(GuideRoutes.search());
        });
        assertThat(robot.lookup("#guide-popular").queryAs(Node.class).isVisible()).isTrue();
    }

    private PrinterSimulator simulator() {
        return kiosk.devices.printer().flatMap(PrinterDevice::simulator).orElseThrow();
    }

    private static String waitForStatus(FxRobot robot, String prefix) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> robot.lookup("#guide-print-status").queryLabeled().getText().startsWith(prefix));
        // the label's binding can be read here before the FX thread has run the state's other listeners
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#guide-print-status").queryLabeled().getText();
    }

    /** Every text shown under {@code query}. */
    private static List<String> texts(FxRobot robot, String query) {
        // a page's body sits in a ScrollPane, which joins the scene graph only at the next pulse's skinning
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no node " + query + " within 10 s", e);
        }
        Node root = robot.lookup(query).query();
        List<String> out = new ArrayList<>();
        for (Node n : root instanceof Parent p ? p.lookupAll(".label") : List.<Node>of()) {
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
                out.add(l.getText());
            }
        }
        if (root instanceof Labeled l) {
            out.add(l.getText());
        }
        return out;
    }

    /**
     * Texts that do not show in full: a label whose drawn text differs from its text (JavaFX put in an
     * ellipsis), or that runs past the right edge of the window.
     */
    static List<String> truncated(Parent root) {
        List<String> out = new ArrayList<>();
        double sceneWidth = root.getScene().getWidth();
        for (Node n : root.lookupAll("*")) {
            if (!(n instanceof Labeled l) || !isShown(l) || l.getText() == null || l.getText().isEmpty()
                    || l.getContentDisplay() == ContentDisplay.GRAPHIC_ONLY) {
                continue;
            }
            for (Node child : l.getChildrenUnmodifiable()) {
                // the drawn text (LabeledText), not the icon, which is a Text too
                if (child instanceof Text t && child.getClass().getSimpleName().equals("LabeledText")
                        && !t.getText().equals(l.getText())) {
                    out.add(describe(l) + " shows '" + t.getText() + "'");
                }
            }
            Bounds b = l.localToScene(l.getLayoutBounds());
            if (b.getMaxX() > sceneWidth + 1) {
                out.add(describe(l) + " runs past the right edge to x=" + Math.round(b.getMaxX()));
            }
        }
        return out;
    }

    private static String describe(Labeled l) {
        return (l.getId() == null ? l.getClass().getSimpleName() : "#" + l.getId()) + " '" + l.getText() + "'";
    }

    static boolean isShown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }
}
