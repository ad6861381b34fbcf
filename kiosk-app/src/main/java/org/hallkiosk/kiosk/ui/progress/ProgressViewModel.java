package org.hallkiosk.kiosk.ui.progress;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.device.idcard.IdCardEvent;
import org.hallkiosk.device.scanner.KeyboardWedgeDetector;
import org.hallkiosk.kiosk.devices.Cards;
import org.hallkiosk.kiosk.devices.DeviceNeed;
import org.hallkiosk.kiosk.devices.PageDevices;
import org.hallkiosk.kiosk.devices.Scans;
import org.hallkiosk.kiosk.progress.CaseInquiry;
import org.hallkiosk.kiosk.progress.CaseRecord;
import org.hallkiosk.kiosk.progress.Deadline;
import org.hallkiosk.kiosk.progress.ProgressSettings;
import org.hallkiosk.kiosk.progress.ReceiptKey;
import org.hallkiosk.kiosk.session.Session;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.ShellViewModel;
import org.hallkiosk.privacy.Mask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 进度查询 flow without a display: which page shows, what is typed on the keypad, lookups from a scan, the keypad
 * or an ID card, and what to tell the visitor. Lookups run on {@code lookups} and land on {@code ui}; a result that
 * arrives after the visitor left or the session was wiped is dropped. Everything about the visitor is forgotten on
 * leaving the tile and on a session wipe.
 */
public final class ProgressViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressViewModel.class);

    /** The visitor's data in the session. */
    static final Session.Key<ProgressVisit> VISIT = new Session.Key<>("progress.visit", ProgressVisit.class);

    /** The flow's pages; the route argument names them. */
    public enum Page {
        START(""), KEYPAD("keypad"), CARD("card"), LIST("list"), CASE("case");

        private final String argument;

        Page(String argument) {
            this.argument = argument;
        }

        public Route route() {
            return new Route(Route.PROGRESS, argument);
        }

        /** The devices this page listens to: a receipt may be scanned on every page, a card read on the card page. */
        public Set<DeviceNeed> needs() {
            return this == CARD ? Set.of(DeviceNeed.SCAN, DeviceNeed.CARD) : Set.of(DeviceNeed.SCAN);
        }

        /** The page a route shows; unknown arguments show the start page. */
        public static Page of(Route route) {
            for (Page p : values()) {
                if (p.argument.equals(route.argument())) {
                    return p;
                }
            }
            return START;
        }
    }

    /** The keypad's two fields. */
    public enum Field { CASE_NUMBER, QUERY_CODE }

    /** What the visitor is told above the page; each has a text {@code progress.notice.NAME}. */
    public enum Notice {
        NONE, UNRECOGNISED_QR, NO_SUCH_CASE, NO_CASES_FOR_HOLDER, UNAVAILABLE, INCOMPLETE_CASE_NUMBER,
        INCOMPLETE_QUERY_CODE, CARD_UNREADABLE, READER_FAULT, ID_CARD_OFF
    }

    static final int MAX_CASE_NUMBER = 64;
    static final int MAX_QUERY_CODE = 32;

    private final ShellViewModel shell;
    private final Session session;
    private final ProgressSettings settings;
    private final Supplier<CaseInquiry> inquiry;
    private final Cards cards;
    private final Scans scans;
    private final PageDevices pageDevices;
    private final Executor lookups;
    private final Executor ui;
    private final KeyboardWedgeDetector wedge = new KeyboardWedgeDetector(KeyboardWedgeDetector.Settings.defaults());

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.START);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(Notice.NONE);
    private final StringProperty caseNumber = new SimpleStringProperty("");
    private final StringProperty queryCode = new SimpleStringProperty("");
    private final ObjectProperty<Field> activeField = new SimpleObjectProperty<>(Field.CASE_NUMBER);
    private final ObservableList<CaseRecord> cases = FXCollections.observableArrayList();
    private final ObjectProperty<CaseRecord> shown = new SimpleObjectProperty<>();
    private final StringProperty maskedHolder = new SimpleStringProperty("");

    private long generation;

    /**
     * @param inquiry  opened on first use (it may load the demo cases or open the store); it may throw, which a
     *                 lookup reports as "unavailable"
     * @param cards    the shared card reader, held while the card page shows
     * @param scans    the shared scanner, held while any page of the tile shows
     * @param lookups  where lookups run (a background thread: an HTTP source may take its full timeout)
     * @param ui       where results are applied (the JavaFX thread)
     */
    public ProgressViewModel(ShellViewModel shell, ProgressSettings settings, Supplier<CaseInquiry> inquiry,
                             Cards cards, Scans scans, Executor lookups, Executor ui) {
        this.shell = Objects.requireNonNull(shell, "shell");
        this.session = shell.session();
        this.settings = Objects.requireNonNull(settings, "settings");
        this.inquiry = Objects.requireNonNull(inquiry, "inquiry");
        this.cards = Objects.requireNonNull(cards, "cards");
        this.scans = Objects.requireNonNull(scans, "scans");
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.pageDevices = new PageDevices("progress", cards, e -> ui.execute(() -> cardEvent(e)),
                scans, code -> ui.execute(() -> scanned(code)));
        session.onWipe(this::clear);
        shell.currentProperty().addListener((o, was, now) -> routeChanged(was, now));
        routeChanged(Route.home(), shell.current());
    }

    // ---- state for the views ----

    public ReadOnlyObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public ReadOnlyStringProperty caseNumberProperty() {
        return caseNumber;
    }

    public ReadOnlyStringProperty queryCodeProperty() {
        return queryCode;
    }

    public ReadOnlyObjectProperty<Field> activeFieldProperty() {
        return activeField;
    }

    /** The holder's cases on the list page. */
    public ObservableList<CaseRecord> cases() {
        return FXCollections.unmodifiableObservableList(cases);
    }

    /** The case on the case page. */
    public ReadOnlyObjectProperty<CaseRecord> shownProperty() {
        return shown;
    }

    /** The card holder's masked name, for the list's title. */
    public ReadOnlyStringProperty maskedHolderProperty() {
        return maskedHolder;
    }

    public ProgressSettings settings() {
        return settings;
    }

    /** The case's deadline as of the kiosk's today. */
    public Deadline deadline(CaseRecord c) {
        return inquiry.get().deadline(c);
    }

    public boolean demoData() {
        return settings.source() == ProgressSettings.Source.DEMO;
    }

    public boolean scannerSimulated() {
        return scans.simulated();
    }

    public boolean readerSimulated() {
        return cards.simulated();
    }

    // ---- navigation ----

    public void openKeypad() {
        shell.open(Page.KEYPAD.route());
    }

    public void openCardReader() {
        if (!settings.idCardLookup()) {
            notice.set(Notice.ID_CARD_OFF);
            return;
        }
        shell.open(Page.CARD.route());
    }

    /** Starts again at the choice of input, forgetting the case shown. */
    public void lookUpAnother() {
        clear();
        shell.replace(Page.START.route());
    }

    /** Shows one of the holder's cases. */
    public void choose(CaseRecord c) {
        if (!cases.contains(c)) {
            return;
        }
        shown.set(c);
        session.put(VISIT, new ProgressVisit(List.copyOf(cases), Optional.of(c), maskedHolder.get()));
        shell.open(Page.CASE.route());
    }

    private void routeChanged(Route was, Route now) {
        boolean inside = now.screen().equals(Route.PROGRESS);
        boolean wasInside = was != null && was.screen().equals(Route.PROGRESS);
        if (!inside) {
            if (wasInside) {
                clear();
            }
            pageDevices.close();
            return;
        }
        Page p = Page.of(now);
        if ((p == Page.LIST && cases.isEmpty()) || (p == Page.CASE && shown.get() == null)) {
            p = Page.START; // e.g. 返回 into a page whose data was wiped
        }
        if (p != page.get() || !wasInside) {
            notice.set(Notice.NONE);
        }
        page.set(p);
        pageDevices.need(p.needs());
    }

    /** Forgets everything about the visitor and cancels a lookup in flight. */
    public void clear() {
        generation++;
        busy.set(false);
        notice.set(Notice.NONE);
        caseNumber.set("");
        queryCode.set("");
        activeField.set(Field.CASE_NUMBER);
        cases.clear();
        shown.set(null);
        maskedHolder.set("");
        session.remove(VISIT);
    }

    // ---- scanner ----

    /** A receipt code from a scanner. */
    public void scanned(String payload) {
        if (!onProgress() || busy.get()) {
            return;
        }
        shell.activity();
        lookup(() -> inquiry.get().byQr(payload), false);
    }

    /**
     * A key typed anywhere on the screen while the tile is open: a keyboard-wedge scanner's burst becomes a scan.
     * People's typing is not used (the keypad is on screen).
     *
     * @return true when the key was taken (it should not be typed elsewhere)
     */
    public boolean keyTyped(char c, long atMillis) {
        if (!onProgress()) {
            return false;
        }
        for (KeyboardWedgeDetector.Outcome o : wedge.key(c, atMillis)) {
            take(o);
        }
        return true;
    }

    /** Enter, typed (or sent by a wedge scanner at the end of a code). */
    public boolean enterTyped(long atMillis) {
        if (!onProgress()) {
            return false;
        }
        wedge.enter(atMillis).forEach(this::take);
        return true;
    }

    private void take(KeyboardWedgeDetector.Outcome o) {
        if (o instanceof KeyboardWedgeDetector.Outcome.Scanned s) {
            scanned(s.code());
        }
    }

    // ---- keypad ----

    public void select(Field f) {
        activeField.set(f);
    }

    /** A key on the on-screen keypad: digits, letters (shown when the centre's numbers have them) and '-'. */
    public void press(char c) {
        char k = Character.toUpperCase(c);
        boolean digit = k >= '0' && k <= '9';
        boolean letter = k >= 'A' && k <= 'Z';
        if (activeField.get() == Field.CASE_NUMBER) {
            if ((digit || letter || k == '-') && caseNumber.get().length() < MAX_CASE_NUMBER) {
                caseNumber.set(caseNumber.get() + k);
            }
        } else if ((digit || letter) && queryCode.get().length() < MAX_QUERY_CODE) {
            queryCode.set(queryCode.get() + k);
        }
        if (notice.get() == Notice.INCOMPLETE_CASE_NUMBER || notice.get() == Notice.INCOMPLETE_QUERY_CODE) {
            notice.set(Notice.NONE);
        }
    }

    public void deleteLast() {
        StringProperty f = activeField.get() == Field.CASE_NUMBER ? caseNumber : queryCode;
        String v = f.get();
        if (!v.isEmpty()) {
            f.set(v.substring(0, v.length() - 1));
        }
    }

    public void clearField() {
        (activeField.get() == Field.CASE_NUMBER ? caseNumber : queryCode).set("");
    }

    /** The keypad's main button: on to the query code, then search. */
    public void next() {
        if (activeField.get() == Field.CASE_NUMBER) {
            if (!ReceiptKey.CASE_NUMBER.matcher(caseNumber.get()).matches()) {
                notice.set(Notice.INCOMPLETE_CASE_NUMBER);
                return;
            }
            activeField.set(Field.QUERY_CODE);
            return;
        }
        submit();
    }

    /** Looks up what the keypad holds. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        if (!ReceiptKey.CASE_NUMBER.matcher(caseNumber.get()).matches()) {
            activeField.set(Field.CASE_NUMBER);
            notice.set(Notice.INCOMPLETE_CASE_NUMBER);
            return;
        }
        if (!ReceiptKey.QUERY_CODE.matcher(queryCode.get()).matches()) {
            activeField.set(Field.QUERY_CODE);
            notice.set(Notice.INCOMPLETE_QUERY_CODE);
            return;
        }
        ReceiptKey key = new ReceiptKey(caseNumber.get(), queryCode.get());
        lookup(() -> inquiry.get().byReceipt(key), false);
    }

    // ---- ID card ----

    /** An event from the ID card reader (on the card page only). */
    public void cardEvent(IdCardEvent event) {
        if (page.get() != Page.CARD || !onProgress()) {
            return;
        }
        if (event instanceof IdCardEvent.CardPlaced placed) {
            if (busy.get()) {
                return;
            }
            shell.activity();
            IdCard card = placed.card();
            maskedHolder.set(Mask.name(card.name()));
            String idNumber = card.idNumber(); // lives only in this lookup's closure, never in the session
            lookup(() -> inquiry.get().byHolder(idNumber), true);
        } else if (event instanceof IdCardEvent.CardUnreadable u) {
            LOG.info("ID card unreadable: {}", u.reason());
            notice.set(Notice.CARD_UNREADABLE);
        } else if (event instanceof IdCardEvent.ReaderFault f) {
            LOG.warn("ID card reader fault: {}", f.reason());
            notice.set(Notice.READER_FAULT);
        } else if (event instanceof IdCardEvent.ReaderRestored && notice.get() == Notice.READER_FAULT) {
            notice.set(Notice.NONE);
        }
    }

    // ---- demo (simulated devices only) ----

    /** Has the simulated scanner read {@code payload} (the demo receipt). */
    public void simulateScan(String payload) {
        if (scans.simulated()) {
            scans.simulateScan(payload);
        }
    }

    /** Places {@code card} on the simulated reader. */
    public void simulateCard(IdCard card) {
        if (cards.simulated()) {
            cards.simulatePlacing(card);
        }
    }

    // ---- lookups ----

    private void lookup(Supplier<CaseInquiry.Answer> work, boolean holder) {
        long gen = ++generation;
        long visitor = session.visitor();
        busy.set(true);
        notice.set(Notice.NONE);
        lookups.execute(() -> {
            CaseInquiry.Answer answer;
            try {
                answer = work.get();
            } catch (RuntimeException e) {
                LOG.error("case lookup failed", e);
                answer = new CaseInquiry.Answer.Unavailable(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            CaseInquiry.Answer result = answer;
            ui.execute(() -> apply(gen, visitor, result, holder));
        });
    }

    private void apply(long gen, long visitor, CaseInquiry.Answer answer, boolean holder) {
        if (gen != generation || visitor != session.visitor() || !onProgress()) {
            return; // the visitor moved on, or left
        }
        busy.set(false);
        if (answer instanceof CaseInquiry.Answer.Cases found) {
            List<CaseRecord> list = found.cases();
            caseNumber.set("");
            queryCode.set("");
            activeField.set(Field.CASE_NUMBER);
            if (!holder) {
                maskedHolder.set("");
            }
            cases.setAll(list);
            if (holder && list.size() > 1) {
                shown.set(null);
                session.put(VISIT, new ProgressVisit(list, Optional.empty(), maskedHolder.get()));
                go(Page.LIST);
            } else {
                shown.set(list.get(0));
                session.put(VISIT, new ProgressVisit(list, Optional.of(list.get(0)), maskedHolder.get()));
                go(Page.CASE);
            }
            return;
        }
        if (answer instanceof CaseInquiry.Answer.Unavailable u) {
            LOG.warn("case source unavailable: {}", u.reason());
        }
        if (answer instanceof CaseInquiry.Answer.NoSuchCase) {
            notice.set(Notice.NO_SUCH_CASE);
        } else if (answer instanceof CaseInquiry.Answer.NoCasesForHolder) {
            notice.set(Notice.NO_CASES_FOR_HOLDER);
        } else if (answer instanceof CaseInquiry.Answer.UnrecognisedQr) {
            notice.set(Notice.UNRECOGNISED_QR);
        } else if (answer instanceof CaseInquiry.Answer.IdCardLookupOff) {
            notice.set(Notice.ID_CARD_OFF);
        } else {
            notice.set(Notice.UNAVAILABLE);
        }
    }

    /** To a result page: from the start page as a step 返回 can undo; from an input page replacing it. */
    private void go(Page p) {
        if (page.get() == Page.START) {
            shell.open(p.route());
        } else {
            shell.replace(p.route());
        }
        page.set(p); // the same route again (a second scan on the case page) fires no change
    }

    private boolean onProgress() {
        return shell.current().screen().equals(Route.PROGRESS);
    }
}
