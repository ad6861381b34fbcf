package org.hallkiosk.kiosk.ui.keyboard;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What an on-screen keyboard edits: a line of text that only grows at its end (a kiosk field has no caret to
 * move), up to a maximum length. Screens bind to {@link #textProperty()} and react to every change.
 */
public final class KeyboardModel {

    private final StringProperty text = new SimpleStringProperty("");
    private final KeyboardLayout layout;
    private final int maxLength;

    public KeyboardModel(KeyboardLayout layout, int maxLength) {
        if (maxLength < 1) {
            throw new IllegalArgumentException("maxLength must be at least 1, not " + maxLength);
        }
        this.layout = layout;
        this.maxLength = maxLength;
    }

    public KeyboardLayout layout() {
        return layout;
    }

    public int maxLength() {
        return maxLength;
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** Types {@code c} if the layout has it and there is room; a second space in a row is ignored. */
    public void type(char c) {
        String now = text.get();
        if (!layout.has(c) || now.length() >= maxLength) {
            return;
        }
        if (c == ' ' && (now.isEmpty() || now.endsWith(" "))) {
            return;
        }
        text.set(now + c);
    }

    /** Removes the last character (a Chinese popular search is removed one character at a time too). */
    public void backspace() {
        String now = text.get();
        if (!now.isEmpty()) {
            text.set(now.substring(0, now.offsetByCodePoints(now.length(), -1)));
        }
    }

    public void clear() {
        text.set("");
    }

    /** Replaces the text, e.g. with a popular search tapped on screen; cut to the maximum length. */
    public void set(String value) {
        String v = value == null ? "" : value;
        text.set(v.length() > maxLength ? v.substring(0, maxLength) : v);
    }
}
