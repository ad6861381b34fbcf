package org.hallkiosk.kiosk.hallbench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An issue + call mix against a hall server's API at a fixed rate: four requests in five issue a ticket (round the
 * lines), the fifth is a counter's call or done at one of 20 windows. Counts what came back and the latencies.
 */
final class HallLoad {

    /** One rate's outcome. */
    record Result(int rate, int sent, int issued, int refused, int failed, int counterActions, double seconds,
                  Percentiles issue, Percentiles counter, int duplicates) {

        /** Answered requests per second over the run. */
        double throughput() {
            return (issued + refused + counterActions) / seconds;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WINDOWS = 20;

    private final HttpClient http;
    private final URI base;
    private final String kioskToken;
    private final String counterToken;
    private final List<String> lines;

    HallLoad(HttpClient http, URI base, String kioskToken, String counterToken, List<String> lines) {
        this.http = http;
        this.base = base;
        this.kioskToken = kioskToken;
        this.counterToken = counterToken;
        this.lines = List.copyOf(lines);
    }

    Result run(String runId, int rate, Duration duration) throws InterruptedException {
        int capacity = (int) (rate * duration.toMillis() / 1000) + 1;
        long[] issueNanos = new long[capacity];
        long[] counterNanos = new long[capacity];
        AtomicInteger issues = new AtomicInteger();
        AtomicInteger counters = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong lastDone = new AtomicLong();
        AtomicIntegerArray window = new AtomicIntegerArray(WINDOWS + 1); // 0 idle, 1 busy request, 2 on a ticket
        Map<String, Integer> numbers = new ConcurrentHashMap<>();
        Semaphore answered = new Semaphore(0);
        long begin = System.nanoTime();
        int sent = OpenLoop.run(rate, duration, (i, due) -> {
            int w = (i / 5) % WINDOWS + 1;
            int state = i % 5 == 4 ? window.get(w) : -1;
            boolean call = state == 0 && window.compareAndSet(w, 0, 1);
            boolean done = state == 2 && window.compareAndSet(w, 2, 1);
            HttpRequest request;
            if (call || done) {
                request = post("/api/v1/windows/" + w + (call ? "/call" : "/done"), "{}", counterToken);
            } else {
                request = post("/api/v1/tickets", "{\"line\":\"" + lines.get(i % lines.size()) + "\",\"requestId\":\"" + runId + "-" + i + "\"}",
                        kioskToken);
            }
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
                long latency = System.nanoTime() - due;
                lastDone.accumulateAndGet(System.nanoTime(), Math::max);
                if (e != null || r.statusCode() >= 500 || r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() == 400) {
                    failed.incrementAndGet();
                    if (call || done) {
                        window.set(w, call ? 0 : 2);
                    }
                } else if (call || done) {
                    counterNanos[counters.getAndIncrement()] = latency;
                    window.set(w, call && r.statusCode() == 200 ? 2 : 0);
                } else if (r.statusCode() == 422) {
                    refused.incrementAndGet();
                } else {
                    issueNanos[issues.getAndIncrement()] = latency;
                    numbers.merge(number(r.body()), 1, Integer::sum);
                }
                answered.release();
            });
        });
        if (!answered.tryAcquire(sent, 60, TimeUnit.SECONDS)) {
            failed.addAndGet(sent - answered.availablePermits()); // no answer within a minute of the end
        }
        double seconds = Math.max(1, lastDone.get() - begin) / 1e9;
        int duplicates = (int) numbers.values().stream().filter(c -> c > 1).count();
        return new Result(rate, sent, issues.get(), refused.get(), failed.get(), counters.get(), seconds,
                Percentiles.of(issueNanos, issues.get()), Percentiles.of(counterNanos, counters.get()), duplicates);
    }

    private HttpRequest post(String path, String body, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String number(String body) {
        try {
            JsonNode n = JSON.readTree(body);
            return n.at("/ticket/number").asText();
        } catch (java.io.IOException e) {
            return "?";
        }
    }
}
