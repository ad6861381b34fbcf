package org.hallkiosk.kiosk.ui.progress;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import javafx.scene.Node;
import org.hallkiosk.content.calendar.HallCalendar;
import org.hallkiosk.kiosk.progress.CaseInquiry;
import org.hallkiosk.kiosk.progress.CaseSources;
import org.hallkiosk.kiosk.progress.CaseStoreException;
import org.hallkiosk.kiosk.progress.ProgressSettings;
import org.hallkiosk.kiosk.progress.WorkingDays;
import org.hallkiosk.kiosk.ui.Controls;
import org.hallkiosk.kiosk.ui.FxPlatform;
import org.hallkiosk.kiosk.ui.KioskContext;
import org.hallkiosk.kiosk.ui.Route;
import org.hallkiosk.kiosk.ui.Screen;
import org.hallkiosk.kiosk.ui.ShellViewModel;

/**
 * The 进度查询 tile's screen for {@link Route#PROGRESS}: its view model (one per kiosk), the case source, and the
 * thread lookups run on, which {@link #close()} stops. The case source opens on first use, so the kiosk starts as
 * fast without it.
 */
public final class ProgressScreen implements Screen {

    private final Controls controls;
    private final ExecutorService lookups;
    private final ProgressViewModel model;

    public ProgressScreen(ShellViewModel shell, Controls controls, KioskContext context) {
        this.controls = controls;
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
        this.lookups = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "progress-lookup");
            t.setDaemon(true);
            return t;
        });
        this.model = new ProgressViewModel(shell, settings, inquiry, context.devices().cards(), context.devices().scans(),
                lookups, FxPlatform::onFxThread);
    }

    @Override
    public Node create(Route route) {
        return ProgressView.create(model, controls);
    }

    /** Stops the lookup thread. */
    @Override
    public void close() {
        lookups.shutdownNow();
    }

    /** Whether {@link #close()} has stopped the lookup thread. */
    boolean closed() {
        return lookups.isTerminated();
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
