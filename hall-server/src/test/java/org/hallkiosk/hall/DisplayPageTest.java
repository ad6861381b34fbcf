package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** The hall display (叫号屏) in a real headless Chromium, with the counter page calling into it. */
class DisplayPageTest {

    static final Duration WAIT = CounterPageTest.WAIT;
    static final String SENTENCE = "请 A001 号 到 3 号窗口办理";

    @TempDir
    Path dir;
    TestDatabases dbs;
    WebHall hall;

    @BeforeEach
    void start() {
        dbs = new TestDatabases(Backend.SQLITE, dir);
        hall = new WebHall(dbs.place());
    }

    @AfterEach
    void stop() {
        hall.close();
        dbs.close();
    }

    private Browser display(String speech, String query, String token) {
        Browser b = new Browser(dir, speech);
        b.open(hall.uri("/display" + query + "#token=" + token));
        return b;
    }

    private static void awaitLive(Browser display) {
        display.await(WAIT, "the display's waiting counts", d -> display.text("waiting").contains("A 综合受理"));
    }

    @Test
    void aCallOnTheCounterPageIsShownWithinASecondAndAnnouncedTwice() {
        hall.issue("A", 4);
        try (Browser display = display(Browser.FAKE_SPEECH, "?hall=" + "西湖区政务服务中心", hall.displayToken);
             Browser counter = CounterPageTest.signedIn(dir, hall, hall.counterToken, 3, "1023")) {
            awaitLive(display);
            assertThat(display.text("hall")).isEqualTo("西湖区政务服务中心");
            assertThat(display.text("waiting")).contains("4 人");
            assertThat(display.driver().getCurrentUrl()).as("the token leaves the address bar").doesNotContain("hk1_");

            long clicked = System.nanoTime();
            counter.find("call").click();
            display.await(Duration.ofSeconds(1), "A001 → 3 on the display within 1 s", d -> display.text("latest").contains("A001"));
            long shownMillis = (System.nanoTime() - clicked) / 1_000_000;
            assertThat(shownMillis).isLessThanOrEqualTo(1000);
            assertThat(display.text("latest")).contains("3").contains("号窗口");
            assertThat(display.text("windows")).contains("3 号窗口").contains("A001");
            display.await(WAIT, "announced twice", d -> display.spoken().size() >= 2);
            assertThat(display.spoken()).containsExactly(SENTENCE, SENTENCE);
            display.await(WAIT, "the waiting count follows", d -> display.text("waiting").contains("3 人"));

            counter.find("recall").click();
            display.await(WAIT, "a recall is announced again", d -> display.spoken().size() >= 4);
            assertThat(display.spoken()).containsExactly(SENTENCE, SENTENCE, SENTENCE, SENTENCE);
            assertThat(display.text("recent")).contains("重呼").as("the hall's time, not the browser's zone").contains("09:30");

            counter.find("done").click();
            display.await(WAIT, "the window's tile goes when done", d -> !display.text("windows").contains("A001"));

            // Calls that arrive together are announced one after the other, none dropped.
            hall.counter().post("/api/v1/windows/1/call", "{}");
            hall.counter().post("/api/v1/windows/2/call", "{}");
            display.await(WAIT, "both announced", d -> display.spoken().size() >= 8);
            assertThat(display.spoken().subList(4, 8)).containsExactly(
                    "请 A002 号 到 1 号窗口办理", "请 A002 号 到 1 号窗口办理", "请 A003 号 到 2 号窗口办理", "请 A003 号 到 2 号窗口办理");
        }
    }

    @Test
    void theSentenceAndTheRepeatAreConfigurable() {
        hall.issue("A", 1);
        try (Browser display = display(Browser.FAKE_SPEECH, "?repeat=3&sentence=" + java.net.URLEncoder.encode("{number} 请到 {window} 号窗口", java.nio.charset.StandardCharsets.UTF_8) + "&english=1", hall.displayToken)) {
            awaitLive(display);
            hall.counter().post("/api/v1/windows/4/call", "{}");
            display.await(WAIT, "three times, then in English", d -> display.spoken().size() >= 4);
            assertThat(display.spoken()).containsExactly("A001 请到 4 号窗口", "A001 请到 4 号窗口", "A001 请到 4 号窗口",
                    "Number A 0 0 1, please go to window 4.");
        }
    }

    @Test
    void withoutAChineseVoiceTheDisplaySaysSoAndStillShowsCalls() {
        hall.issue("A", 1);
        try (Browser display = display(Browser.NO_VOICE, "", hall.displayToken)) {
            awaitLive(display);
            display.await(WAIT, "the no-voice notice", d -> display.text("voice").contains("没有中文语音"));
            hall.counter().post("/api/v1/windows/3/call", "{}");
            display.await(WAIT, "the call shown", d -> display.text("latest").contains("A001"));
            assertThat(display.spoken()).isEmpty();
        }
    }

    @Test
    void theDisplayAndTheCounterPageReconnectAfterAServerRestart() {
        hall.issue("A", 2);
        try (Browser display = display(Browser.FAKE_SPEECH, "", hall.displayToken);
             Browser counter = CounterPageTest.signedIn(dir, hall, hall.counterToken, 3, null)) {
            awaitLive(display);
            assertThat(display.find("offline").isDisplayed()).isFalse();
            hall.stop();
            display.await(WAIT, "the display says it lost the server", d -> display.find("offline").isDisplayed());
            counter.await(WAIT, "the counter page says offline", d -> counter.text("conn").contains("离线"));
            assertThat(counter.find("call").isEnabled()).as("no call while offline").isFalse();

            hall.start();
            display.await(Duration.ofSeconds(20), "the display back", d -> !display.find("offline").isDisplayed());
            counter.await(Duration.ofSeconds(20), "the counter page back", d -> counter.text("conn").contains("在线") && counter.find("call").isEnabled());
            counter.find("call").click();
            display.await(WAIT, "a call after the restart is announced", d -> display.spoken().size() >= 2);
            assertThat(display.spoken()).containsExactly(SENTENCE, SENTENCE);
        }
    }

    @Test
    void aDisplayThatLostItsConnectionCatchesUpWithTheCallsItMissed() {
        hall.issue("A", 2);
        try (Browser display = display(Browser.FAKE_SPEECH, "", hall.displayToken)) {
            awaitLive(display);
            ChromeDriver chrome = (ChromeDriver) display.driver();
            chrome.executeCdpCommand("Network.enable", Map.of());
            chrome.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", true, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            display.await(WAIT, "offline", d -> display.find("offline").isDisplayed());
            hall.counter().post("/api/v1/windows/3/call", "{}");
            chrome.executeCdpCommand("Network.emulateNetworkConditions",
                    Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
            display.await(Duration.ofSeconds(20), "the missed call, resumed with Last-Event-ID and announced", d -> display.spoken().size() >= 2);
            assertThat(display.spoken()).containsExactly(SENTENCE, SENTENCE);
            assertThat(display.find("offline").isDisplayed()).isFalse();
        }
    }

    @Test
    void tokensOfOtherRolesAreRefused() {
        for (Map.Entry<String, String> wrong : Map.of(hall.counterToken, "counter", hall.kioskToken, "kiosk").entrySet()) {
            try (Browser display = display(Browser.FAKE_SPEECH, "", wrong.getKey())) {
                display.await(WAIT, "refused: " + wrong.getValue(), d -> display.find("setup").isDisplayed()
                        && display.text("setup-error").contains(wrong.getValue()));
            }
        }
        hall.revoke("display-hall");
        try (Browser display = display(Browser.FAKE_SPEECH, "", hall.displayToken)) {
            display.await(WAIT, "refused: revoked", d -> display.text("setup-error").contains("吊销"));
        }
    }

    /** The two pages at 1920×1080 for docs/images (-Dhallkiosk.screenshots=DIR; else into target/screenshots). */
    @Test
    void screenshots() {
        Path out = Path.of(System.getProperty("hallkiosk.screenshots", "target/screenshots"));
        hall.issue("A", 6);
        hall.issue("B", 3);
        try (Browser display = display(Browser.FAKE_SPEECH, "?hall=西湖区政务服务中心", hall.displayToken);
             Browser counter = CounterPageTest.signedIn(dir, hall, hall.counterToken, 3, "1023")) {
            awaitLive(display);
            for (int w : List.of(1, 2, 5)) {
                hall.counter().post("/api/v1/windows/" + w + "/call", "{}");
            }
            hall.kiosk().post("/api/v1/help", "{\"kiosk\":\"2号机\",\"location\":\"大厅东侧\"}");
            counter.find("call").click();
            counter.await(WAIT, "A003 at window 3", d -> counter.text("number").equals("A003"));
            counter.await(WAIT, "the help banner", d -> counter.find("help").isDisplayed());
            display.await(WAIT, "four calls announced", d -> display.spoken().size() >= 8);
            display.js("document.getElementById('latest').classList.remove('flash')");
            Long width = (Long) display.js("return window.innerWidth;");
            Long height = (Long) display.js("return window.innerHeight;");
            assertThat(List.of(width, height)).containsExactly(1920L, 1080L);
            display.screenshot(out.resolve("hall-display.png"));
            counter.screenshot(out.resolve("hall-counter.png"));
            assertThat(out.resolve("hall-display.png")).isNotEmptyFile();
            assertThat(Collections.frequency(display.spoken(), SENTENCE.replace("A001", "A003"))).isEqualTo(2);
        }
    }
}
