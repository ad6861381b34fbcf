package org.hallkiosk.hall;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hallkiosk.hall.device.Device;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.ServiceDay;
import org.hallkiosk.rating.BadReason;
import org.hallkiosk.rating.CallBack;
import org.hallkiosk.rating.Feedback;
import org.hallkiosk.rating.FeedbackCategory;
import org.hallkiosk.rating.FeedbackDesk;
import org.hallkiosk.rating.Lookup;
import org.hallkiosk.rating.Rating;
import org.hallkiosk.rating.RatingDesk;
import org.hallkiosk.rating.RatingInputException;
import org.hallkiosk.rating.RatingLevel;
import org.hallkiosk.rating.RatingOutcome;
import org.hallkiosk.rating.RatingRequest;
import org.hallkiosk.rating.RatingSettings;
import org.hallkiosk.rating.RatedService;

/**
 * 好差评 and feedback over the API: a kiosk in hall mode asks whether a ticket can be rated, rates it, and sends
 * suggestions and complaints; the rules are queue-core's {@link RatingDesk}, so one rating per service holds across
 * every kiosk of the hall.
 */
final class HallRatings {

    private final RatingDesk ratings;
    private final FeedbackDesk feedback;
    private final ApiJson json;

    HallRatings(QueueServices queue, ApiJson json, Clock clock) {
        ServiceDay day = new ServiceDay(queue.settings().dayStartsAt(), clock.getZone());
        java.security.SecureRandom random = new java.security.SecureRandom();
        this.ratings = new RatingDesk(queue.db(), RatingSettings.defaults(), day, clock, queue.desk().contactSeal(), random);
        this.feedback = new FeedbackDesk(queue.db(), RatingSettings.defaults(), day, clock, queue.desk().contactSeal(), random);
        this.json = json;
    }

    /** Can this ticket (number, id or QR text) be rated now? */
    HallApi.Reply lookup(String ticket) {
        Lookup found = ratings.findTicket(ticket);
        if (found instanceof Lookup.Rateable r) {
            return HallApi.Reply.ok(Map.of("rateable", true, "service", service(r.service())));
        }
        throw refusal(((Lookup.Refused) found).outcome());
    }

    HallApi.Reply rate(JsonNode body, Device kiosk) {
        RatingRequest request;
        try {
            Set<BadReason> reasons = EnumSet.noneOf(BadReason.class);
            JsonNode list = body.get("reasons");
            if (list != null && !list.isNull()) {
                if (!list.isArray()) {
                    throw ApiError.badRequest("field 'reasons' must be an array of reason codes");
                }
                list.forEach(r -> reasons.add(BadReason.of(r.asText())));
            }
            Optional<CallBack> callBack = ApiJson.optionalText(body, "callBack").map(m -> CallBack.withConsent(m, ApiJson.bool(body, "consent")));
            request = new RatingRequest(RatingLevel.of(ApiJson.integer(body, "level", 0)), reasons, ApiJson.optionalText(body, "text"), callBack);
        } catch (RatingInputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        RatingOutcome outcome = ratings.rateTicket(ApiJson.text(body, "ticket"), request, kiosk.name());
        if (outcome instanceof RatingOutcome.Recorded r) {
            return new HallApi.Reply(201, Map.of("rating", rating(r.rating())));
        }
        throw refusal(outcome);
    }

    HallApi.Reply feedback(JsonNode body, Device kiosk) {
        try {
            FeedbackCategory category = FeedbackCategory.of(ApiJson.text(body, "category"));
            Optional<CallBack> contact = ApiJson.optionalText(body, "contact").map(m -> CallBack.withConsent(m, ApiJson.bool(body, "consent")));
            Feedback f = feedback.submit(category, ApiJson.text(body, "text"), contact, kiosk.name());
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reference", f.reference());
            m.put("category", f.category().code());
            m.put("submittedAt", json.time(f.submittedAt()));
            return new HallApi.Reply(201, m);
        } catch (RatingInputException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static ApiError refusal(RatingOutcome outcome) {
        if (outcome instanceof RatingOutcome.AlreadyRated a) {
            return new ApiError(409, "already-rated", a.label() + " was already rated", Map.of("ratedAt", a.ratedAt().toString()));
        }
        RatingOutcome.NotRateable n = (RatingOutcome.NotRateable) outcome;
        return new ApiError(422, "not-rateable", "cannot be rated: " + n.rule(), Map.of("rule", n.rule(), "arguments", n.arguments()));
    }

    private Map<String, Object> service(RatedService s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ticket", s.label());
        s.line().ifPresent(l -> m.put("line", l));
        m.put("window", s.window());
        s.item().ifPresent(i -> m.put("item", i));
        m.put("finishedAt", json.time(s.finishedAt()));
        return m;
    }

    private Map<String, Object> rating(Rating r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("service", service(r.service()));
        m.put("level", r.level().value());
        m.put("reasons", r.reasons().stream().map(BadReason::code).toList());
        r.callBackMasked().ifPresent(c -> m.put("callBack", c));
        m.put("ratedAt", json.time(r.ratedAt()));
        return m;
    }
}
