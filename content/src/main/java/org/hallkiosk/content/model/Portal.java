package org.hallkiosk.content.model;

import java.util.Objects;

/**
 * The online service portal: its base URL and the template that turns an item code into the item's page
 * (the kiosk shows it as a QR code). The template's {@code {code}} is replaced by the URL-encoded code.
 */
public record Portal(String baseUrl, String itemUrlTemplate) {
    public Portal {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(itemUrlTemplate, "itemUrlTemplate");
    }

    /** The item page URL for {@code itemCode}. */
    public String itemUrl(String itemCode) {
        return itemUrlTemplate.replace("{code}", java.net.URLEncoder.encode(itemCode, java.nio.charset.StandardCharsets.UTF_8));
    }
}
