package org.hallkiosk.kiosk.ui.progress;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.application.Platform;
import org.hallkiosk.content.calendar.HallCalendar;
import org.hallkiosk.kiosk.progress.CaseInquiry;
import org.hallkiosk.kiosk.progress.CaseSources;
import org.hallkiosk.kiosk.progress.CaseStoreException;
import org.hallkiosk.kiosk.progress.CardReaderFeed;
import org.hallkiosk.kiosk.progress.IdCardFeed;
import org.hallkiosk.kiosk.progress.ProgressDevices;
import org.hallkiosk.kiosk.progress.ProgressSettings;
import org.hallkiosk.kiosk.progress.ScanFeed;
import org.hallkiosk.kiosk.progress.ScannerFeed;
import org.hallkiosk.kiosk.progress.WorkingDays;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.hallkiosk.kiosk.ui.Screen;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/** Wires the 进度查询 tile: its view model (one per kiosk), the case source, the devices, and the screen factory. */
public final class ProgressScreen {

    private ProgressScreen() {
    }

    /**
     * The screen for {@link org.hallkiosk.kiosk.ui.Route#PROGRESS}. The case source and the devices open on first
     * use, so the kiosk starts as fast without them; lookups run on a thread of their own.
     */
    public static Screen create(ShellViewModel shell, Controls controls, KioskContext context) {
        ProgressSettings settings = context.config().section(ProgressSettings.class);
        // Holidays and 调休 come from hall.yaml; until the catalogue has loaded, Monday to Friday.
        WorkingDays days = (from, to) -> context.contentIfLoaded()
                .map(c -> c.current().catalogue().calendar())
                .orElseGet(HallCalendar::weekdaysOnly)
                .workingDaysBetween(from, to);
        Supplier<CaseInquiry> inquiry = once(() -> {
            try {
                return CaseSources.inquiry(settings, context.data().root(), context.clock(), days);
            } catch (CaseStoreException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        });
        ExecutorService lookups = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "progress-lookup");
            t.setDaemon(true);
            return t;
        });
        ExecutorService deviceOpener = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "progress-devices");
            t.setDaemon(true);
            return t;
        });
        Supplier<ProgressDevices> devices = once(() -> new ProgressDevices(
                context.devices().scanner().<ScanFeed>map(d -> new ScannerFeed(d, deviceOpener)).orElse(ScanFeed.NONE),
                context.devices().idCardReader().<IdCardFeed>map(d -> new CardReaderFeed(d, deviceOpener)).orElse(IdCardFeed.NONE)));
        Executor fx = r -> {
            if (Platform.isFxApplicationThread()) {
                r.run();
            } else {
                Platform.runLater(r);
            }
        };
        ProgressViewModel model = new ProgressViewModel(shell, settings, inquiry, devices, lookups, fx);
        return route -> ProgressView.create(model, controls);
    }

    /** Made on first use; a failure is not remembered, so the next use tries again. */
    static <T> Supplier<T> once(Supplier<T> make) {
        Objects.requireNonNull(make, "make");
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
