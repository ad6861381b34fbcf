package org.hallkiosk.hall;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.hallkiosk.hall.device.Device;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.hall.event.HallEvents;
import org.hallkiosk.hall.help.HelpDesk;
import org.hallkiosk.queue.CounterException;
import org.hallkiosk.queue.LeaseException;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.QueueStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hall server: the hall's one queue over HTTP/JSON under {@code /api/v1/}, the OpenAPI document at
 * {@code /api/v1/openapi.json}, and the live event stream at {@code /api/v1/events}. Every request but the health
 * check and the OpenAPI document carries a device token ({@code Authorization: Bearer hk1_...}); the device's role
 * decides what it may do.
 *
 * <p>Built on Javalin 7 (Jetty 12): small, maintained, and needs nothing beyond Java 17.
 */
public final class HallServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HallServer.class);
    private static final Set<Role> ANY = EnumSet.allOf(Role.class);
    private static final Set<Role> KIOSK = EnumSet.of(Role.KIOSK);
    private static final Set<Role> COUNTER = EnumSet.of(Role.COUNTER);
    private static final Set<Role> WATCHERS = EnumSet.of(Role.COUNTER, Role.DISPLAY);
    private static final String DEVICE = "hallkiosk.device";
    /** Events kept for reconnecting clients. */
    static final int EVENTS_KEPT = 5_000;

    /** What an operation does, given the request and the device that asked. */
    @FunctionalInterface
    interface Action {
        HallApi.Reply handle(Context ctx, Device device);
    }

    private record Bound(Route route, Action action) {
    }

    private final HallConfig config;
    private final DeviceRegistry devices;
    private final QueueServices queue;
    private final HallEvents events;
    private final HallPublisher publisher;
    private final HallApi api;
    private final HallRatings ratings;
    private final EventStream stream;
    private final WebPages web = new WebPages();
    private final List<Bound> bound;
    private final AtomicReference<ServerConnector> tlsConnector = new AtomicReference<>();
    private final Javalin app;

    private HallServer(HallConfig config, QueueServices queue, DeviceRegistry devices, Clock clock) {
        this.config = config;
        this.queue = queue;
        this.devices = devices;
        ApiJson json = new ApiJson(queue.desk().lines(), clock.getZone());
        this.events = new HallEvents(EVENTS_KEPT, clock.millis() * 1000);
        HelpDesk help = new HelpDesk(clock);
        this.publisher = new HallPublisher(queue, json, events, help);
        this.api = new HallApi(queue, json, publisher, clock, help);
        this.ratings = new HallRatings(queue, json, clock);
        this.stream = new EventStream(events, api::snapshot);
        this.bound = routes(json);
        this.app = Javalin.create(this::configure);
    }

    /**
     * Starts a server on {@code queue}'s database; {@code devices} must use the same database. The clock's zone is
     * the hall's.
     */
    public static HallServer start(HallConfig config, QueueServices queue, DeviceRegistry devices, Clock clock) {
        HallServer server = new HallServer(config, queue, devices, clock);
        try {
            server.app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            server.close();
            throw new IllegalStateException("the hall server could not listen on " + config.host() + ":" + config.port()
                    + " (" + rootMessage(e) + "); is another server on that port? choose one with --port", e);
        }
        LOG.info("hall server listening on {} ({} database {})", server.uri(), queue.db().dialect().name().toLowerCase(Locale.ROOT),
                queue.db().where());
        return server;
    }

    /** The port it listens on (the one chosen when configured with 0). */
    public int port() {
        ServerConnector tls = tlsConnector.get();
        return tls != null ? tls.getLocalPort() : app.port();
    }

    /** Its base address, e.g. {@code http://127.0.0.1:8480}. */
    public URI uri() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        return URI.create((config.tls().isPresent() ? "https" : "http") + "://" + host + ":" + port());
    }

    /** Every operation, as the OpenAPI document must list it. */
    public List<Route> routes() {
        List<Route> out = new ArrayList<>();
        for (Bound b : bound) {
            out.add(b.route());
        }
        out.add(new Route("GET", "/api/v1/events", ANY, "The live event stream (Server-Sent Events)"));
        return out;
    }

    private List<Bound> routes(ApiJson json) {
        List<Bound> r = new ArrayList<>();
        r.add(new Bound(new Route("GET", "/api/v1/health", Set.of(), "Is the server up and its database reachable"), (ctx, d) -> health()));
        r.add(new Bound(new Route("GET", "/api/v1/openapi.json", Set.of(), "This API as OpenAPI 3.0"), (ctx, d) -> openApi(ctx)));
        r.add(new Bound(new Route("GET", "/api/v1/me", ANY, "The device the token belongs to"), (ctx, d) -> api.me(d)));
        r.add(new Bound(new Route("GET", "/api/v1/lines", ANY, "Every line with its waiting count and wait"), (ctx, d) -> api.lines()));
        r.add(new Bound(new Route("POST", "/api/v1/tickets", KIOSK, "Issue a ticket (idempotent by requestId)"),
                (ctx, d) -> api.issue(json.read(ctx.body()), d)));
        r.add(new Bound(new Route("GET", "/api/v1/tickets/{id}", ANY, "A ticket and its place now"),
                (ctx, d) -> api.ticket(ctx.pathParam("id"), d)));
        r.add(new Bound(new Route("GET", "/api/v1/status", COUNTER, "Today's counts per line and every ticket"), (ctx, d) -> api.status()));
        r.add(new Bound(new Route("GET", "/api/v1/windows", WATCHERS, "Every window: paused or not, its ticket"), (ctx, d) -> api.windows(d)));
        r.add(new Bound(new Route("GET", "/api/v1/windows/{window}", WATCHERS, "One window"), (ctx, d) -> api.window(window(ctx), d)));
        r.add(new Bound(new Route("GET", "/api/v1/windows/{window}/tickets", COUNTER, "A window's ticket and who waits for it, in calling order"),
                (ctx, d) -> api.windowTickets(window(ctx), Optional.ofNullable(ctx.queryParam("line")), limit(ctx))));
        r.add(new Bound(new Route("POST", "/api/v1/windows/{window}/call", COUNTER, "Call the next ticket to the window"),
                (ctx, d) -> api.call(window(ctx), json.read(ctx.body()))));
        r.add(new Bound(new Route("POST", "/api/v1/windows/{window}/recall", COUNTER, "Call the window's ticket again"),
                (ctx, d) -> api.recall(window(ctx), json.read(ctx.body()))));
        r.add(new Bound(new Route("POST", "/api/v1/windows/{window}/done", COUNTER, "The window's ticket is served"),
                (ctx, d) -> api.done(window(ctx), json.read(ctx.body()))));
        r.add(new Bound(new Route("POST", "/api/v1/windows/{window}/no-show", COUNTER, "The visitor did not come (过号)"),
                (ctx, d) -> api.noShow(window(ctx), json.read(ctx.body()))));
        r.add(new Bound(new Route("POST", "/api/v1/windows/{window}/transfer", COUNTER, "Send the window's ticket to another line"),
                (ctx, d) -> api.transfer(window(ctx), json.read(ctx.body()))));
        r.add(new Bound(new Route("POST", "/api/v1/windows/{window}/pause", COUNTER, "Pause the window (暂停)"),
                (ctx, d) -> api.pause(window(ctx), json.read(ctx.body()))));
        r.add(new Bound(new Route("POST", "/api/v1/windows/{window}/resume", COUNTER, "Resume a paused window"),
                (ctx, d) -> api.resume(window(ctx))));
        r.add(new Bound(new Route("POST", "/api/v1/appointments/check-in", KIOSK, "Check in a booking: a ticket with booking priority"),
                (ctx, d) -> api.checkIn(json.read(ctx.body()), d)));
        r.add(new Bound(new Route("POST", "/api/v1/leases", KIOSK, "Lease a block of a line's numbers for offline issuing"),
                (ctx, d) -> api.lease(json.read(ctx.body()), d)));
        r.add(new Bound(new Route("GET", "/api/v1/leases", KIOSK, "The kiosk's leases of today"), (ctx, d) -> api.leases(d)));
        r.add(new Bound(new Route("POST", "/api/v1/leases/handover", KIOSK, "Hand over tickets issued offline (idempotent)"),
                (ctx, d) -> api.handOver(json.read(ctx.body()), d)));
        r.add(new Bound(new Route("POST", "/api/v1/help", KIOSK, "A visitor at the kiosk calls for staff (呼叫工作人员)"),
                (ctx, d) -> api.askForHelp(json.read(ctx.body()), d)));
        r.add(new Bound(new Route("GET", "/api/v1/help", COUNTER, "Help calls nobody has answered yet"), (ctx, d) -> api.openHelp()));
        r.add(new Bound(new Route("POST", "/api/v1/help/{id}/ack", COUNTER, "A window answers a help call"),
                (ctx, d) -> api.acknowledgeHelp(ctx.pathParam("id"), json.read(ctx.body()))));
        r.add(new Bound(new Route("GET", "/api/v1/ratings/tickets/{id}", KIOSK, "Can this ticket be rated now (好差评: done today, not yet rated)"),
                (ctx, d) -> ratings.lookup(ctx.pathParam("id"))));
        r.add(new Bound(new Route("POST", "/api/v1/ratings", KIOSK, "Rate a finished ticket, once (好差评, GB/T 39734 一次一评)"),
                (ctx, d) -> ratings.rate(json.read(ctx.body()), d)));
        r.add(new Bound(new Route("POST", "/api/v1/feedback", KIOSK, "A suggestion or complaint (意见建议 / 投诉); answers its reference"),
                (ctx, d) -> ratings.feedback(json.read(ctx.body()), d)));
        return r;
    }

    private void configure(JavalinConfig c) {
        c.startup.showJavalinBanner = false;
        c.startup.showOldJavalinVersionWarning = false;
        c.http.maxRequestSize = 1_000_000;
        config.tls().ifPresent(tls -> c.jetty.addConnector((server, http) -> {
            SslContextFactory.Server ssl = new SslContextFactory.Server();
            ssl.setKeyStorePath(tls.keystore().toAbsolutePath().toString());
            ssl.setKeyStorePassword(tls.password());
            HttpConfiguration https = new HttpConfiguration(http);
            // Kiosks reach the server by IP as often as by name: the certificate's name is the client's to check.
            https.addCustomizer(new SecureRequestCustomizer(false));
            ServerConnector connector = new ServerConnector(server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
            connector.setHost(config.host());
            connector.setPort(config.port());
            tlsConnector.set(connector);
            return connector;
        }));
        for (Bound b : bound) {
            io.javalin.http.Handler h = ctx -> reply(ctx, b.action().handle(ctx, b.route().open() ? null : authorise(ctx, b.route().roles())));
            if (b.route().method().equals("GET")) {
                c.routes.get(b.route().path(), h);
            } else {
                c.routes.post(b.route().path(), h);
            }
        }
        c.routes.get("/", ctx -> web.page(ctx, "index"));
        c.routes.get("/counter", ctx -> web.page(ctx, "counter"));
        c.routes.get("/display", ctx -> web.page(ctx, "display"));
        c.routes.get("/web/{file}", web::asset);
        c.routes.before("/api/v1/events", ctx -> ctx.attribute(DEVICE, authorise(ctx, ANY)));
        c.routes.sse("/api/v1/events", client -> {
            Device d = client.ctx().attribute(DEVICE);
            stream.open(client, d, lastEventId(client.ctx()));
        });
        c.routes.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.code(), e.getMessage(), e.details()));
        c.routes.exception(CounterException.class, (e, ctx) -> error(ctx, 409, "conflict", e.getMessage(), Map.of()));
        c.routes.exception(LeaseException.class, (e, ctx) -> error(ctx, 409, "conflict", e.getMessage(), Map.of()));
        c.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, "bad-request", e.getMessage(), Map.of()));
        c.routes.exception(QueueStoreException.class, (e, ctx) -> {
            LOG.error("database: {}", e.getMessage());
            error(ctx, 503, "database", "the queue database is not available right now; try again", Map.of());
        });
        c.routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                error(ctx, 404, "not-found", "no such operation: " + ctx.method() + " " + ctx.path() + " (see /api/v1/openapi.json)", Map.of());
            }
        });
    }

    private Device authorise(Context ctx, Set<Role> roles) {
        String token = bearer(ctx).orElseGet(() -> ctx.path().equals("/api/v1/events") ? ctx.queryParam("access_token") : null);
        if (token == null) {
            throw new ApiError(401, "unauthorized", "this operation needs a device token: Authorization: Bearer hk1_... (kioskctl hall device add)");
        }
        Device d = devices.authenticate(token).orElseThrow(() -> new ApiError(401, "unauthorized",
                "the device token is unknown or revoked"));
        if (!roles.contains(d.role())) {
            throw new ApiError(403, "forbidden", "a " + d.role().label() + " may not " + ctx.method() + " " + ctx.path());
        }
        return d;
    }

    private static Optional<String> bearer(Context ctx) {
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(h.substring(7).strip());
    }

    private static Optional<Long> lastEventId(Context ctx) {
        String v = ctx.header("Last-Event-ID");
        if (v == null || v.isBlank()) {
            v = ctx.queryParam("lastEventId");
        }
        try {
            return v == null || v.isBlank() ? Optional.empty() : Optional.of(Long.parseLong(v.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static int window(Context ctx) {
        try {
            return Integer.parseInt(ctx.pathParam("window"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("a window is a number, not '" + ctx.pathParam("window") + "'");
        }
    }

    private static int limit(Context ctx) {
        String v = ctx.queryParam("limit");
        try {
            return v == null ? 50 : Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("limit is a number");
        }
    }

    private HallApi.Reply health() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("database", queue.db().dialect().name().toLowerCase(Locale.ROOT));
        m.put("schemaVersion", queue.db().schemaVersion());
        return HallApi.Reply.ok(m);
    }

    private HallApi.Reply openApi(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(openApiDocument());
        return null;
    }

    /** The hand-written OpenAPI document (its paths are tested against {@link #routes()}). */
    public static String openApiDocument() {
        try (InputStream in = HallServer.class.getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the hall-server jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void reply(Context ctx, HallApi.Reply r) {
        if (r == null) {
            return;
        }
        ctx.status(r.status());
        if (r.body() != null) {
            ctx.contentType("application/json; charset=utf-8").result(ApiJson.write(r.body()));
        }
    }

    private static void error(Context ctx, int status, String code, String message, Map<String, Object> details) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", code);
        m.put("message", message);
        m.putAll(details);
        ctx.status(status).contentType("application/json; charset=utf-8").result(ApiJson.write(m));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }

    @Override
    public void close() {
        events.close();
        publisher.close();
        try {
            app.stop();
        } catch (RuntimeException e) {
            LOG.debug("stopping: {}", e.getMessage());
        }
    }
}
