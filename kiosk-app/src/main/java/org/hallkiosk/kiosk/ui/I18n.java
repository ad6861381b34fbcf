package org.hallkiosk.kiosk.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The UI's words in the current language. Texts are bindings, so switching language re-labels every
 * screen in place; no UI string is written in Java.
 */
public final class I18n {

    static final String BUNDLE = "org.hallkiosk.kiosk.ui.messages";

    // Without this, a lookup for zh_CN on a JVM whose default locale is English would fall back to English.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> locale;

    public I18n(Locale initial) {
        this.locale = new SimpleObjectProperty<>(initial);
    }

    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    public boolean isChinese() {
        return locale.get().getLanguage().equals("zh");
    }

    /** The text for {@code key} now. */
    public String get(String key, Object... args) {
        return format(bundle(locale.get()), key, args);
    }

    /** The text for {@code key}, following language switches. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static String format(ResourceBundle bundle, String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "‹" + key + "›";
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
    }
}
