package org.hallkiosk.kiosk.progress;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a case stands, in the public wording a hall shows visitors (reference §4.2). Backends have their own codes
 * (Epoint 1/3/4/6/8/9/11, …); sources map them onto these.
 */
public enum CaseStatus {

    SUBMITTED("已提交/待受理", Phase.BEFORE_ACCEPTANCE),
    ACCEPTED("已受理", Phase.RUNNING),
    CORRECTION_REQUIRED("需补正材料", Phase.WAITING_FOR_APPLICANT),
    UNDER_REVIEW("审查中", Phase.RUNNING),
    SPECIAL_PROCEDURE("特别程序中（时限中止）", Phase.SUSPENDED),
    APPROVED("已办结（准予）", Phase.DECIDED),
    REFUSED("已办结（不予）", Phase.CLOSED),
    AWAITING_PICKUP("待领取", Phase.DECIDED),
    MAILED("已寄出", Phase.DECIDED),
    DELIVERED("已领取/已送达", Phase.CLOSED),
    NOT_ACCEPTED("不予受理", Phase.CLOSED),
    WITHDRAWN("已撤回/已终止", Phase.CLOSED);

    /** How the time limit behaves in a status. */
    public enum Phase {
        /** Not accepted yet: the time limit has not started. */
        BEFORE_ACCEPTANCE,
        /** The time limit runs. */
        RUNNING,
        /** The applicant must supply materials; the hall's clock waits for them. */
        WAITING_FOR_APPLICANT,
        /** A special procedure (hearing, expert review, …) whose time does not count. */
        SUSPENDED,
        /** Decided; the result is on its way to the applicant. */
        DECIDED,
        /** Nothing more will happen. */
        CLOSED
    }

    private final String publicName;
    private final Phase phase;

    CaseStatus(String publicName, Phase phase) {
        this.publicName = publicName;
        this.phase = phase;
    }

    /** The wording shown to visitors, e.g. 审查中. */
    public String publicName() {
        return publicName;
    }

    public Phase phase() {
        return phase;
    }

    /** True once a decision has been made (or the case ended without one): no countdown applies. */
    public boolean isFinished() {
        return phase == Phase.DECIDED || phase == Phase.CLOSED;
    }

    /**
     * The status named by its constant ({@code UNDER_REVIEW}, any case) or its public wording ({@code 审查中});
     * either half of a paired wording works too ({@code 已领取}, {@code 已送达}).
     */
    public static Optional<CaseStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        for (CaseStatus s : values()) {
            if (s.name().equals(t.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'))) {
                return Optional.of(s);
            }
        }
        for (CaseStatus s : values()) {
            if (s.publicName.equals(t)) {
                return Optional.of(s);
            }
        }
        for (CaseStatus s : values()) {
            for (String half : s.publicName.replace("（时限中止）", "").split("/")) {
                if (half.equals(t)) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }
}
