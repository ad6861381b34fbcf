package org.hallkiosk.content.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A government service item (政务服务事项) as the hall publishes it, carrying the national elements.
 *
 * @param code               the hall's key for the item, unique in the catalogue (its implementation-list code
 *                           or a local code); what {@code kioskctl content show} and queue tickets refer to
 * @param basicCode          the national 基本编码 (12 characters, 14 for a 业务办理项), when known
 * @param implementationCode the 实施编码 (31 characters, 33 for a 业务办理项), when known
 * @param departmentId       id of the {@link Department} in departments.yaml
 * @param implementingBody   实施主体, the body that legally decides
 * @param visits             到办事现场次数: 0 = 零跑动, 1 = 最多跑一次
 */
public record ServiceItem(
        String code,
        String name,
        String basicCode,
        String implementationCode,
        ItemType type,
        ExerciseLevel level,
        String departmentId,
        String implementingBody,
        List<Audience> audiences,
        List<Theme> themes,
        List<String> legalBasis,
        List<String> conditions,
        List<Material> materials,
        List<Step> steps,
        TimeLimits timeLimits,
        Fees fees,
        int visits,
        Online online,
        Venue venue,
        Phones phones,
        Outcome outcome,
        List<String> aliases,
        List<String> keywords,
        String summary) {

    public ServiceItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(implementingBody, "implementingBody");
        audiences = List.copyOf(audiences);
        themes = List.copyOf(themes);
        legalBasis = List.copyOf(legalBasis);
        conditions = List.copyOf(conditions);
        materials = List.copyOf(materials);
        steps = List.copyOf(steps);
        Objects.requireNonNull(timeLimits, "timeLimits");
        Objects.requireNonNull(fees, "fees");
        Objects.requireNonNull(online, "online");
        Objects.requireNonNull(venue, "venue");
        Objects.requireNonNull(phones, "phones");
        Objects.requireNonNull(outcome, "outcome");
        aliases = List.copyOf(aliases);
        keywords = List.copyOf(keywords);
    }

    /** The national basic code, if the hall has filled it in. */
    public Optional<String> basicCodeValue() {
        return Optional.ofNullable(basicCode);
    }

    /** The implementation code, if the hall has filled it in. */
    public Optional<String> implementationCodeValue() {
        return Optional.ofNullable(implementationCode);
    }

    /** A one-sentence description for list screens, if written. */
    public Optional<String> summaryText() {
        return Optional.ofNullable(summary);
    }

    /** True when the item serves this audience. */
    public boolean serves(Audience audience) {
        return audiences.contains(audience);
    }
}
