package org.hallkiosk.kiosk.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP source against a stub approval system on 127.0.0.1. */
class HttpCaseSourceTest {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final ReceiptKey RECEIPT = new ReceiptKey("11440106MB2D06811W4000117051000202611200008", "246810");

    /** An Epoint-like answer: wrapped, Chinese pinyin field names, numeric status codes. */
    static final String EPOINT_CASE = """
            {"code": "0", "msg": "成功", "data": {"bj": {
              "sblsh": "11440106MB2D06811W4000117051000202611200008",
              "sxmc": "不动产转移登记", "sxbm": "11440106MB2D06811W400011705100001", "blbm": "区不动产登记中心",
              "sqrmc": "欧阳娜娜", "slsj": "2026-11-20 09:32:00", "cnbjsj": "2026-12-04", "bjzt": "8",
              "sfcq": "0",
              "lc": [{"hjmc": "受理", "blbm": "综合受理窗口", "blsj": "2026-11-20 09:32:00", "blyj": "予以受理"},
                     {"hjmc": "审核", "blbm": "登记审核科", "blsj": "1795760400000", "blyj": ""}],
              "qjfs": "1", "qjdd": "B 区 16 号窗口"
            }}}
            """;

    HttpServer server;
    final AtomicInteger hits = new AtomicInteger();
    final List<String> seenPaths = new CopyOnWriteArrayList<>();
    final List<String> seenTokens = new CopyOnWriteArrayList<>();
    final List<String> seenBodies = new CopyOnWriteArrayList<>();
    volatile Handler handler;

    interface Handler {
        void handle(HttpExchange e) throws IOException;
    }

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "stub-approval-system");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", e -> {
            hits.incrementAndGet();
            seenPaths.add(e.getRequestURI().toString());
            String token = e.getRequestHeaders().getFirst("X-Token");
            seenTokens.add(token == null ? "" : token);
            seenBodies.add(new String(e.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                handler.handle(e);
            } finally {
                e.close();
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static void reply(HttpExchange e, int status, String body) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        e.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
        if (b.length > 0) {
            try (OutputStream out = e.getResponseBody()) {
                out.write(b);
            }
        }
    }

    HttpSourceSettings epoint() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("caseRoot", "/data/bj");
        map.put("listRoot", "/data/list");
        map.put("resultCode", "/code");
        map.put("caseNumber", "/sblsh");
        map.put("itemName", "/sxmc");
        map.put("itemCode", "/sxbm");
        map.put("department", "/blbm");
        map.put("applicant", "/sqrmc");
        map.put("acceptedAt", "/slsj");
        map.put("promisedDate", "/cnbjsj");
        map.put("status", "/bjzt");
        map.put("overdue", "/sfcq");
        map.put("steps", "/lc");
        map.put("step.name", "/hjmc");
        map.put("step.department", "/blbm");
        map.put("step.time", "/blsj");
        map.put("step.result", "/blyj");
        map.put("step.note", "");
        map.put("pickup.method", "/qjfs");
        map.put("pickup.place", "/qjdd");
        return new HttpSourceSettings(base() + "/api/bj?sblsh={caseNumber}&cxmm={queryCode}", "",
                base() + "/api/bjlist", "{\"zjhm\":\"{idNumber}\"}", Duration.ofSeconds(2), 1,
                Map.of("X-Token", "t0ken"), Map.of("1", CaseStatus.SUBMITTED, "3", CaseStatus.ACCEPTED, "8", CaseStatus.UNDER_REVIEW,
                        "11", CaseStatus.APPROVED), Map.of("1", "window", "2", "post"),
                Set.of("0"), Set.of("404", "1001"), new FieldMap(map));
    }

    @Test
    void mapsABackendsOwnFieldsAndStatusCodes() {
        handler = e -> reply(e, 200, EPOINT_CASE);
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);

        assertThat(r).isInstanceOf(CaseLookup.Found.class);
        CaseRecord c = ((CaseLookup.Found) r).cases().get(0);
        assertThat(c.caseNumber()).isEqualTo(RECEIPT.caseNumber());
        assertThat(c.itemName()).isEqualTo("不动产转移登记");
        assertThat(c.department()).isEqualTo("区不动产登记中心");
        assertThat(c.maskedApplicant()).as("masked as it arrives").isEqualTo("欧阳*娜");
        assertThat(c.acceptedAt()).contains(LocalDateTime.of(2026, 11, 20, 9, 32));
        assertThat(c.promisedDate()).contains(LocalDate.of(2026, 12, 4));
        assertThat(c.status()).isEqualTo(CaseStatus.UNDER_REVIEW);
        assertThat(c.overdue()).contains(false);
        assertThat(c.steps()).extracting(CaseStep::name).containsExactly("受理", "审核");
        assertThat(c.steps().get(1).time()).isPresent();
        assertThat(c.pickup()).isEqualTo(new Pickup.AtWindow("B 区 16 号窗口", ""));

        assertThat(seenPaths).containsExactly("/api/bj?sblsh=" + RECEIPT.caseNumber() + "&cxmm=246810");
        assertThat(seenTokens).containsExactly("t0ken");
    }

    @Test
    void holderLookupPostsTheIdNumberInTheBodyNotTheUrl() {
        handler = e -> reply(e, 200, "{\"code\":\"0\",\"data\":{\"list\":[" + caseJson("2026-11-20 09:32:00", "8") + ","
                + caseJson("2026-11-01 10:00:00", "11") + "]}}");
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byHolder("110101199003071137");
        assertThat(r).isInstanceOf(CaseLookup.Found.class);
        assertThat(((CaseLookup.Found) r).cases()).extracting(CaseRecord::status)
                .containsExactly(CaseStatus.UNDER_REVIEW, CaseStatus.APPROVED);
        assertThat(seenPaths).containsExactly("/api/bjlist");
        assertThat(seenBodies).containsExactly("{\"zjhm\":\"110101199003071137\"}");
    }

    @Test
    void aRedirectIsNeverFollowedSoNoTokenOrIdNumberReachesAnotherHost() throws Exception {
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        java.util.concurrent.atomic.AtomicInteger stolen = new java.util.concurrent.atomic.AtomicInteger();
        elsewhere.createContext("/", e -> {
            stolen.incrementAndGet();
            reply(e, 200, "{}");
        });
        elsewhere.start();
        try {
            String target = "http://localhost:" + elsewhere.getAddress().getPort() + "/steal";
            handler = e -> {
                e.getResponseHeaders().add("Location", target);
                e.sendResponseHeaders(307, -1);
            };
            CaseLookup holder = new HttpCaseSource(epoint(), ZONE).byHolder("110101199003071137");
            CaseLookup receipt = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);
            assertThat(holder).isInstanceOfSatisfying(CaseLookup.Unavailable.class,
                    u -> assertThat(u.reason()).contains("redirect").contains("localhost:" + elsewhere.getAddress().getPort()));
            assertThat(receipt).isInstanceOf(CaseLookup.Unavailable.class);
            assertThat(stolen.get()).isZero();
            assertThat(hits.get()).as("one request each, no retry").isEqualTo(2);
        } finally {
            elsewhere.stop(0);
        }
    }

    @Test
    void plainHttpToAnotherMachineIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpSourceSettings.of("http://sp.example.gov.cn/c/{caseNumber}/{queryCode}", ""))
                .hasMessageContaining("must be https://");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> HttpSourceSettings.of("https://sp.example.gov.cn/c/{caseNumber}/{queryCode}",
                "https://sp.example.gov.cn/holder?id={idNumber}")).hasMessageContaining("must not contain {idNumber}");
    }

    private static String caseJson(String accepted, String status) {
        return "{\"sblsh\":\"62052400MZ-XK-0001\",\"sxmc\":\"事项\",\"sqrmc\":\"李四\",\"slsj\":\"" + accepted + "\",\"bjzt\":\"" + status + "\"}";
    }

    @Test
    void theKiosksOwnJsonNeedsNoMapping() {
        CaseRecord sample = new CaseRecord("62052400MZ-XK-0001", "营业执照变更", "", "区市场监督管理局", "张*",
                java.util.Optional.of(LocalDateTime.of(2026, 11, 20, 9, 30)), java.util.Optional.of(LocalDate.of(2026, 12, 4)),
                CaseStatus.CORRECTION_REQUIRED, "请补交章程", java.util.Optional.of(LocalDate.of(2026, 12, 3)),
                List.of(new CaseStep("受理", "A 区 5 号窗口", java.util.Optional.of(LocalDateTime.of(2026, 11, 20, 9, 30)), "受理", "")),
                new Pickup.Electronic("电子证照"), java.util.Optional.empty());
        handler = e -> reply(e, 200, CaseJson.write(sample).toString());
        CaseLookup r = new HttpCaseSource(HttpSourceSettings.of(base() + "/case/{caseNumber}?code={queryCode}", ""), ZONE)
                .byReceipt(new ReceiptKey("62052400MZ-XK-0001", "482913"));
        assertThat(r).isEqualTo(new CaseLookup.Found(List.of(sample)));
    }

    @Test
    void notFoundByHttp404OrByTheBackendsResultCode() {
        handler = e -> reply(e, 404, "");
        assertThat(new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.NotFound.class);
        handler = e -> reply(e, 200, "{\"code\":\"1001\",\"msg\":\"无此办件\"}");
        assertThat(new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.NotFound.class);
        handler = e -> reply(e, 200, "{\"code\":\"0\",\"data\":{\"bj\":null}}");
        assertThat(new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.NotFound.class);
        handler = e -> reply(e, 200, "{\"code\":\"0\",\"data\":{\"list\":[]}}");
        assertThat(new HttpCaseSource(epoint(), ZONE).byHolder("110101199003071137")).isInstanceOf(CaseLookup.NotFound.class);
    }

    @Test
    void http500IsRetriedOnceThenUnavailable() {
        handler = e -> reply(e, 500, "{\"error\":\"boom\"}");
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);
        assertThat(r).isInstanceOf(CaseLookup.Unavailable.class);
        assertThat(((CaseLookup.Unavailable) r).reason()).contains("HTTP 500").contains("2 attempt");
        assertThat(hits).hasValue(2);
    }

    @Test
    void aFailureFollowedBySuccessIsSuccess() {
        AtomicInteger n = new AtomicInteger();
        handler = e -> reply(e, n.getAndIncrement() == 0 ? 503 : 200, n.get() == 1 ? "" : EPOINT_CASE);
        assertThat(new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.Found.class);
        assertThat(hits).hasValue(2);
    }

    @Test
    void aRefusedTokenIsNotRetriedAndSaysWhatToCheck() {
        handler = e -> reply(e, 401, "");
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);
        assertThat(((CaseLookup.Unavailable) r).reason()).contains("HTTP 401").contains("headers");
        assertThat(hits).hasValue(1);
    }

    @Test
    void aSilentBackendTimesOutTwiceAndNeverHangs() {
        handler = e -> {
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        };
        HttpCaseSource source = new HttpCaseSource(epoint().withTimeout(Duration.ofMillis(500)), ZONE);
        CaseLookup r = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> source.byReceipt(RECEIPT));
        assertThat(r).isInstanceOf(CaseLookup.Unavailable.class);
        assertThat(((CaseLookup.Unavailable) r).reason()).contains("no answer within 500 ms").contains("2 attempt");
    }

    @Test
    void aBackendThatIsNotThereIsUnavailable() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        HttpCaseSource source = new HttpCaseSource(HttpSourceSettings.of(
                "http://127.0.0.1:" + port + "/case?n={caseNumber}&c={queryCode}", ""), ZONE);
        CaseLookup r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> source.byReceipt(RECEIPT));
        assertThat(r).isInstanceOf(CaseLookup.Unavailable.class);
    }

    @Test
    void malformedJsonIsUnavailableNotAnException() {
        handler = e -> reply(e, 200, "{\"code\":\"0\",\"data\":{\"bj\":{\"sblsh\":");
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);
        assertThat(((CaseLookup.Unavailable) r).reason()).contains("not valid JSON");
        handler = e -> reply(e, 200, "<html>502 Bad Gateway</html>");
        assertThat(new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.Unavailable.class);
    }

    @Test
    void anUnmappedStatusCodeIsUnavailableRatherThanAGuess() {
        handler = e -> reply(e, 200, EPOINT_CASE.replace("\"bjzt\": \"8\"", "\"bjzt\": \"77\""));
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);
        assertThat(((CaseLookup.Unavailable) r).reason()).contains("'77'").contains("statusCodes");
    }

    @Test
    void anAnswerAboutAnotherCaseIsRefused() {
        handler = e -> reply(e, 200, EPOINT_CASE.replace("202611200008", "202611200009"));
        assertThat(new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT)).isInstanceOf(CaseLookup.Unavailable.class);
    }

    @Test
    void anUnexpectedResultCodeIsUnavailable() {
        handler = e -> reply(e, 200, "{\"code\":\"500\",\"msg\":\"系统繁忙\"}");
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);
        assertThat(((CaseLookup.Unavailable) r).reason()).contains("'500'");
    }

    @Test
    void anOversizedAnswerIsRefused() {
        handler = e -> reply(e, 200, "{\"x\":\"" + "a".repeat(HttpCaseSource.MAX_BODY_BYTES) + "\"}");
        CaseLookup r = new HttpCaseSource(epoint(), ZONE).byReceipt(RECEIPT);
        assertThat(r).isInstanceOf(CaseLookup.Unavailable.class);
    }
}
