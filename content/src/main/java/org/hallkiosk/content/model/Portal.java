package org.hallkiosk.content.model;

import java.util.Objects;

/**
 * The online service portal: its base URL, the template that turns an item code into the item's page
 * (the kiosk shows it as a QR code), and the booking page if the hall takes bookings online. The template's {@code {code}} is replaced by the URL-encoded code.
 */
public record Portal(String baseUrl, String itemUrlTemplate, String bookingUrl) {
    public Portal {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(itemUrlTemplate, "itemUrlTemplate");
    }

    /** A portal without a booking page. */
    public Portal(String baseUrl, String itemUrlTemplate) {
        this(baseUrl, itemUrlTemplate, null);
    }

    /** Where to book a visit (预约), shown as a QR code when a line has no numbers left; absent if the hall has none. */
    public java.util.Optional<String> booking() {
        return java.util.Optional.ofNullable(bookingUrl).filter(u -> !u.isBlank());
    }

    /** The item page URL for {@code itemCode}. */
    public String itemUrl(String itemCode) {
        return itemUrlTemplate.replace("{code}", java.net.URLEncoder.encode(itemCode, java.nio.charset.StandardCharsets.UTF_8));
    }
}
