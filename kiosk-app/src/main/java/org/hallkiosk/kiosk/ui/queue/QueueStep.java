package org.hallkiosk.kiosk.ui.queue;

import java.util.Set;
import org.hallkiosk.kiosk.devices.DeviceNeed;
import org.hallkiosk.kiosk.ui.Route;

/** The screens of the 取号排队 flow, as arguments of the {@link Route#QUEUE} route. */
public enum QueueStep {
    /** Choose a business line. */
    LINES(""),
    /** Line, place and wait; 直接取号, or an ID card on the reader first (its notice in one line, 详情). */
    CONFIRM("confirm"),
    /** The number, its QR code and how printing went. */
    TICKET("ticket"),
    /** Why no ticket could be issued. */
    REFUSED("refused"),
    /** Booking check-in by ID card or booking QR code. */
    CHECK_IN("check-in");

    private final String argument;

    QueueStep(String argument) {
        this.argument = argument;
    }

    /** The devices this step listens to while it is on screen: confirming a ticket the reader, check-in both. */
    public Set<DeviceNeed> needs() {
        return switch (this) {
            case CONFIRM -> Set.of(DeviceNeed.CARD);
            case CHECK_IN -> Set.of(DeviceNeed.CARD, DeviceNeed.SCAN);
            default -> Set.of();
        };
    }

    public Route route() {
        return new Route(Route.QUEUE, argument);
    }

    /** The step a route shows; an unknown argument shows the lines. */
    public static QueueStep of(Route route) {
        for (QueueStep s : values()) {
            if (s.argument.equals(route.argument())) {
                return s;
            }
        }
        return LINES;
    }
}
