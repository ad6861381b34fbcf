package org.hallkiosk.kiosk.ui.guide;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.content.search.SearchHit;
import org.hallkiosk.content.search.SearchIndex;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.ui.keyboard.KeyboardLayout;
import org.hallkiosk.kiosk.ui.keyboard.KeyboardModel;

/**
 * The guide's search: what the visitor has typed on the on-screen keyboard and the items it finds, updated on
 * every key. Letters are read by the catalogue's index as pinyin initials ({@code yyzz}) or full pinyin
 * ({@code yingye}); a tapped popular search puts Chinese words in instead. The query lives in the visitor's
 * session, so 返回 from an item finds the results again and the idle wipe forgets them.
 */
public final class SearchViewModel {

    /** The visitor's search text. */
    static final Session.Key<String> QUERY = new Session.Key<>("guide.query", String.class);
    /** More results than this are not worth paging through; the visitor should type one more letter. */
    static final int MAX_RESULTS = 50;
    static final int MAX_QUERY = 20;

    private final SearchIndex index;
    private final Session session;
    private final List<String> popular;
    private final KeyboardModel keyboard = new KeyboardModel(KeyboardLayout.PINYIN, MAX_QUERY);
    private final ObservableList<SearchHit> results = FXCollections.observableArrayList();

    /** {@code popularSearches} are offered before typing; those that find nothing in this catalogue are left out. */
    public SearchViewModel(SearchIndex index, Session session, List<String> popularSearches) {
        this.index = index;
        this.session = session;
        this.popular = offered(index, popularSearches);
        keyboard.set(session.get(QUERY).orElse(""));
        keyboard.textProperty().addListener((o, was, now) -> update(now));
        update(keyboard.text());
    }

    /** The popular searches worth offering: those that find something in this catalogue. */
    static List<String> offered(SearchIndex index, List<String> popularSearches) {
        return popularSearches.stream().filter(t -> !index.search(t, 1).isEmpty()).toList();
    }

    /** Starts a search for {@code term} on the next search screen (a popular search tapped elsewhere). */
    static void prepare(Session session, String term) {
        session.put(QUERY, term);
    }

    private void update(String query) {
        if (query.isBlank()) {
            session.remove(QUERY);
            results.clear();
        } else {
            session.put(QUERY, query);
            results.setAll(index.search(query.strip(), MAX_RESULTS));
        }
    }

    public KeyboardModel keyboard() {
        return keyboard;
    }

    /** The items found for what is typed, best first; empty before typing. */
    public ObservableList<SearchHit> results() {
        return results;
    }

    /** Searches offered before typing. */
    public List<String> popular() {
        return popular;
    }

    /** True while nothing is typed (the popular searches show). */
    public BooleanBinding emptyQueryProperty() {
        return Bindings.createBooleanBinding(() -> keyboard.text().isBlank(), keyboard.textProperty());
    }

    /** The visitor tapped a popular search. */
    public void choose(String term) {
        keyboard.set(term);
    }

    /** True when {@code MAX_RESULTS} were found, so there may be more: typing more narrows them. */
    public boolean capped() {
        return results.size() >= MAX_RESULTS;
    }
}
