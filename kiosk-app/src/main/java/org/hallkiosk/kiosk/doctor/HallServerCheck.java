package org.hallkiosk.kiosk.doctor;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The hall server, when the kiosk shares the hall's queue ({@code queue.hall.url}): its public health route
 * ({@code api/v1/health}) answers, which also says whether its database is up. A kiosk without one numbers its own
 * tickets, and the check says "not configured".
 */
public final class HallServerCheck implements DoctorCheck {

    /** The key that names the hall server in kiosk.yaml. */
    public static final String URL_KEY = "queue.hall.url";

    /** The server's route that needs no token and reports the database too. */
    static final String HEALTH = "api/v1/health";

    private final Optional<URI> url;
    private final Duration timeout;

    public HallServerCheck(Optional<URI> url, Duration timeout) {
        this.url = url;
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "hall server";
    }

    @Override
    public List<Finding> run() {
        if (url.isEmpty()) {
            return List.of(Finding.skip("hall server", "not configured (" + URL_KEY + "): this kiosk numbers its own tickets"));
        }
        URI u;
        try {
            u = health(url.get());
        } catch (IllegalArgumentException e) {
            return List.of(Finding.fail("hall server", "not a usable address: " + url.get() + " (" + e.getMessage() + ")",
                    "set " + URL_KEY + " to https://HOST:PORT/"));
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        long start = System.nanoTime();
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(u).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            long ms = (System.nanoTime() - start) / 1_000_000;
            if (response.statusCode() >= 500) {
                return List.of(Finding.fail("hall server", u + " answers HTTP " + response.statusCode()
                                + (response.statusCode() == 503 ? " (its database does not answer)" : ""),
                        "the server runs but cannot serve: check its database and its log on the hall server"));
            }
            return List.of(Finding.ok("hall server", u + " answers HTTP " + response.statusCode() + " in " + ms + " ms"));
        } catch (IOException e) {
            return List.of(Finding.fail("hall server", "cannot reach " + u + ": " + describe(e),
                    "check the network cable and " + URL_KEY + "; from this kiosk: curl -sS " + u));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of(Finding.fail("hall server", "interrupted while reaching " + u, "run doctor again"));
        } catch (IllegalArgumentException e) {
            return List.of(Finding.fail("hall server", "not a usable address: " + u + " (" + e.getMessage() + ")",
                    "set " + URL_KEY + " to http://HOST:PORT/"));
        }
    }

    /** {@code base}'s health route, whether or not the base ends in a slash. */
    static URI health(URI base) {
        String s = base.toString();
        return URI.create(s.endsWith("/") ? s : s + "/").resolve(HEALTH);
    }

    private static String describe(IOException e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : " (" + m + ")");
    }
}
