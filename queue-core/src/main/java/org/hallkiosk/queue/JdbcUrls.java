package org.hallkiosk.queue;

/** JDBC URLs as they may appear in messages and logs: without a password. */
public final class JdbcUrls {

    private JdbcUrls() {
    }

    /** The URL with the value of any {@code password=} parameter replaced by {@code ***}. */
    public static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
