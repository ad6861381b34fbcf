package org.hallkiosk.kiosk.progress;

import java.util.Objects;

/** How the applicant gets the result (出件方式). */
public sealed interface Pickup {

    /** Not decided or not known yet. */
    record NotSet() implements Pickup {
    }

    /**
     * Collect at a window.
     *
     * @param place e.g. B 区 12 号窗口
     * @param hours when it can be collected; may be empty
     */
    record AtWindow(String place, String hours) implements Pickup {
        public AtWindow {
            place = Objects.requireNonNullElse(place, "");
            hours = Objects.requireNonNullElse(hours, "");
        }
    }

    /**
     * Sent by post (邮寄).
     *
     * @param carrier        e.g. EMS; may be empty
     * @param trackingNumber may be empty until it is sent
     */
    record ByPost(String carrier, String trackingNumber) implements Pickup {
        public ByPost {
            carrier = Objects.requireNonNullElse(carrier, "");
            trackingNumber = Objects.requireNonNullElse(trackingNumber, "");
        }
    }

    /**
     * Issued electronically (电子证照).
     *
     * @param channel where to find it, e.g. 粤省事 电子证照; may be empty
     */
    record Electronic(String channel) implements Pickup {
        public Electronic {
            channel = Objects.requireNonNullElse(channel, "");
        }
    }

    /** The method's word as the import file and the HTTP mapping write it: window, post, electronic, or none. */
    static Pickup of(String method, String place, String hours, String carrier, String trackingNumber, String channel) {
        String m = method == null ? "" : method.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (m) {
            case "window", "窗口领取", "窗口" -> new AtWindow(place, hours);
            case "post", "mail", "邮寄", "快递" -> new ByPost(carrier, trackingNumber);
            case "electronic", "电子证照", "电子" -> new Electronic(channel);
            case "", "none" -> new NotSet();
            default -> throw new IllegalArgumentException("pickup method '" + method + "' is not window, post, electronic or none");
        };
    }
}
