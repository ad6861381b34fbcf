package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/** The counter page (窗口叫号) in a real headless Chromium against a real hall server. */
class CounterPageTest {

    static final Duration WAIT = Duration.ofSeconds(10);

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

    /** Opens the counter page and signs in as {@code token} at {@code window}. */
    static Browser signedIn(Path dir, WebHall hall, String token, int window, String staff) {
        Browser b = new Browser(dir, null);
        b.open(hall.uri("/counter"));
        b.await(WAIT, "the sign-in form", d -> b.find("login").isDisplayed());
        b.find("token").sendKeys(token);
        b.find("window").sendKeys(Integer.toString(window));
        if (staff != null) {
            b.find("staff").sendKeys(staff);
        }
        b.find("signin").click();
        b.await(WAIT, "the desk after signing in", d -> b.find("desk").isDisplayed() && b.text("conn").contains("在线"));
        return b;
    }

    @Test
    void aWindowSignsInCallsServesAndSeesTheQueueLive() {
        hall.issue("A", 2);
        hall.issue("B", 1);
        try (Browser b = signedIn(dir, hall, hall.counterToken, 3, "1023")) {
            assertThat(b.text("who")).contains("3 号窗口").contains("工号 1023");
            b.await(WAIT, "two waiting in A, the line of window 3", d -> b.text("state").contains("2 人等候"));
            assertThat(b.find("recall").isEnabled()).as("nothing to recall yet").isFalse();

            b.find("call").click();
            b.await(WAIT, "A001 at the window", d -> b.text("number").equals("A001"));
            assertThat(b.text("details")).contains("综合受理");
            assertThat(b.find("call").isEnabled()).as("one ticket at a time: finish it first").isFalse();
            assertThat(hall.counter().get("/api/v1/windows/3").at("/current/number").asText()).isEqualTo("A001");

            b.find("recall").click();
            b.await(WAIT, "recalled", d -> b.text("message").contains("已重呼"));
            b.find("done").click();
            b.await(WAIT, "done and idle", d -> b.text("number").equals("—") && b.find("call").isEnabled());

            hall.issue("A", 1);
            b.await(WAIT, "the new ticket counted live", d -> b.text("state").contains("2 人等候"));

            // Keyboard: N calls, X is a no-show.
            new Actions(b.driver()).sendKeys("n").perform();
            b.await(WAIT, "A002 called by the keyboard", d -> b.text("number").equals("A002"));
            new Actions(b.driver()).sendKeys("x").perform();
            b.await(WAIT, "A002 a no-show", d -> b.text("message").contains("过号"));

            // Transfer: B line chosen in the dialog.
            b.find("call").click();
            b.await(WAIT, "A003", d -> b.text("number").equals("A003"));
            b.find("transfer").click();
            b.await(WAIT, "the transfer dialog", d -> b.find("transfer-dialog").isDisplayed());
            b.click("#transfer-lines button", 0);
            b.await(WAIT, "A003 sent to B", d -> b.text("message").contains("已转到 B"));
            assertThat(hall.counter().get("/api/v1/status").at("/lines/1/waiting").asInt()).as("B: B001 and A003").isEqualTo(2);

            // Choosing line B as well: the window now calls from both, in joining order.
            b.click("#lines button", 1);
            b.find("call").click();
            b.await(WAIT, "B001 from the chosen line", d -> b.text("number").equals("B001"));
            b.find("done").click();
            b.await(WAIT, "idle", d -> b.find("call").isEnabled());

            b.find("pause").click();
            b.await(WAIT, "paused", d -> b.text("state").contains("已暂停"));
            assertThat(b.find("call").isEnabled()).isFalse();
            b.find("pause").click();
            b.await(WAIT, "resumed", d -> b.find("call").isEnabled());
        }
    }

    @Test
    void aHelpCallFromAKioskShowsAsABannerUntilAWindowAnswers() {
        try (Browser b = signedIn(dir, hall, hall.counterToken, 3, null)) {
            assertThat(b.find("help").isDisplayed()).isFalse();
            hall.kiosk().post("/api/v1/help", "{\"kiosk\":\"1号机\",\"location\":\"大厅东侧\"}");
            b.await(WAIT, "the banner", d -> b.find("help").isDisplayed() && b.text("help").contains("1号机（大厅东侧） 呼叫工作人员"));
            b.click("#help button", 0);
            b.await(WAIT, "the banner gone", d -> !b.find("help").isDisplayed());
            assertThat(hall.counter().get("/api/v1/help").at("/help").size()).isZero();
        }
    }

    @Test
    void tokensOfOtherRolesAndRevokedTokensAreRefused() {
        try (Browser b = new Browser(dir, null)) {
            for (String[] wrong : List.of(new String[] {hall.displayToken, "display"}, new String[] {hall.kioskToken, "kiosk"},
                    new String[] {"hk1_" + "x".repeat(43), "无效"})) {
                b.open(hall.uri("/counter"));
                b.await(WAIT, "the sign-in form", d -> b.find("login").isDisplayed());
                b.find("token").clear();
                b.find("token").sendKeys(wrong[0]);
                b.find("window").clear();
                b.find("window").sendKeys("3", Keys.ENTER);
                b.await(WAIT, "refused: " + wrong[1], d -> b.text("login-error").contains(wrong[1]));
                assertThat(b.find("desk").isDisplayed()).isFalse();
            }
        }
        try (Browser b = signedIn(dir, hall, hall.counterToken, 3, null)) {
            hall.revoke("window-03");
            b.driver().navigate().refresh();
            b.await(WAIT, "a revoked token sends the page back to sign-in", d -> b.find("login").isDisplayed()
                    && b.text("login-error").contains("吊销"));
        }
    }

    @Test
    void twoCountersCallingAtOnceNeverGetTheSameTicket() throws Exception {
        hall.issue("A", 16);
        try (Browser one = signedIn(dir, hall, hall.counterToken, 1, null); Browser two = signedIn(dir, hall, hall.counter2Token, 2, null)) {
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<List<String>> a = CompletableFuture.supplyAsync(() -> serveAll(one, go));
            CompletableFuture<List<String>> b = CompletableFuture.supplyAsync(() -> serveAll(two, go));
            go.countDown();
            List<String> all = new ArrayList<>(a.get());
            all.addAll(b.get());
            assertThat(a.get()).as("both windows called").isNotEmpty();
            assertThat(b.get()).isNotEmpty();
            Set<String> distinct = new HashSet<>(all);
            assertThat(all).as("no ticket called twice").hasSize(distinct.size());
            assertThat(distinct).hasSize(16);
        }
    }

    /** Calls and finishes until nobody waits; the numbers this window called. */
    private static List<String> serveAll(Browser b, CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        List<String> called = new ArrayList<>();
        while (true) {
            b.await(WAIT, "ready to call", d -> b.find("call").isEnabled());
            b.find("call").click();
            String outcome = b.await(WAIT, "a call's answer", d -> {
                String n = b.text("number");
                if (!n.equals("—")) {
                    return n;
                }
                return b.text("message").contains("没有人在等") ? "" : null;
            });
            if (outcome.isEmpty()) {
                return called;
            }
            called.add(outcome);
            b.await(WAIT, "done enabled", d -> b.find("done").isEnabled());
            b.find("done").click();
            b.await(WAIT, "finished " + outcome, d -> b.text("number").equals("—"));
        }
    }
}
