package org.hallkiosk.content.model;

import java.util.Objects;

/** A theme class (主题分类) of one audience, with its national-style three-digit code, e.g. 个人 010 户籍办理. */
public record Theme(Audience audience, String code, String name) {
    public Theme {
        Objects.requireNonNull(audience, "audience");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
    }

    /** How items refer to the theme: audience and name, e.g. {@code 个人/户籍办理}. */
    public String key() {
        return audience.label() + "/" + name;
    }
}
