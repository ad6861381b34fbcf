package org.hallkiosk.hall;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages the hall server serves itself: the counter page (窗口叫号, {@code /counter}) and the hall display
 * (叫号屏, {@code /display}), plain HTML, CSS and ES modules from the jar. Nothing is loaded from elsewhere, and the
 * Content-Security-Policy says so: a page can run only its own scripts and talk only to this server.
 */
final class WebPages {

    /** No inline script or style, nothing from another origin, no framing. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; media-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final String ROOT = "web/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

    /** {@code /counter}, {@code /display} and {@code /}: the page of that name. */
    void page(Context ctx, String name) {
        send(ctx, name + ".html");
    }

    /** {@code /web/{file}}: a script, style or image of the pages. */
    void asset(Context ctx) {
        String file = ctx.pathParam("file");
        if (!file.matches("[a-z0-9-]+\\.(js|css|svg)")) {
            throw ApiError.notFound("no such file: " + file);
        }
        send(ctx, file);
    }

    private void send(Context ctx, String file) {
        byte[] body = cache.computeIfAbsent(file, WebPages::load).orElseThrow(() -> ApiError.notFound("no such file: " + file));
        String ext = file.substring(file.lastIndexOf('.') + 1);
        ctx.header("Content-Security-Policy", CSP)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                // A page updated with the server is picked up on the next load; the files are small.
                .header("Cache-Control", "no-cache")
                .contentType(TYPES.get(ext))
                .result(body);
    }

    private static Optional<byte[]> load(String file) {
        try (InputStream in = WebPages.class.getResourceAsStream(ROOT + file)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
