package org.hallkiosk.kiosk.config;

import java.util.List;

/**
 * A feature's own part of {@code kiosk.yaml} (e.g. {@code queue:}, {@code progress:}), read into the feature's record.
 * Sections are listed once in {@link ConfigSections#ALL}; the loader checks their keys like its own.
 *
 * @param <T> the feature's settings record
 */
public interface ConfigSection<T> {

    /** The top-level key, e.g. {@code progress}. */
    String name();

    /** The record type, used to fetch the settings back from {@link KioskConfig#section(Class)}. */
    Class<T> type();

    /**
     * The keys the section accepts, relative to it and dotted for nesting ({@code http.timeoutSeconds}).
     * A key ending in {@code .*} accepts a mapping of any keys to single values (e.g. a status-code table).
     */
    List<String> keys();

    /** The settings when the file says nothing about this section. */
    T defaults();

    /** Reads the section; problems are reported through {@code values}, which then supplies the defaults. */
    T read(SectionValues values);

    /** The settings as {@code key: value} lines (relative keys, secrets left out), for {@code kioskctl config show}. */
    List<String> describe(T settings);

    /** {@link #describe} for a value fetched by type. */
    default List<String> describeUnchecked(Object settings) {
        return describe(type().cast(settings));
    }
}
