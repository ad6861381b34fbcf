package org.hallkiosk.device.gpio;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The kiosk's GPIO devices on one board, made from {@link GpioSettings}; owns the board and the timer thread that
 * debounces inputs and blinks the lamp.
 */
public final class KioskGpio implements AutoCloseable {

    private final GpioBoard board;
    private final ScheduledExecutorService timer;
    private final PresenceSensor presence;
    private final HelpButton helpButton;
    private final StatusLamp lamp;

    private KioskGpio(GpioBoard board, ScheduledExecutorService timer, PresenceSensor presence, HelpButton helpButton,
                      StatusLamp lamp) {
        this.board = board;
        this.timer = timer;
        this.presence = presence;
        this.helpButton = helpButton;
        this.lamp = lamp;
    }

    /** Opens the board the settings name ({@link SimulatedBoard} for {@code simulated}) and claims the pins. */
    public static KioskGpio open(GpioSettings settings) throws GpioException {
        GpioBoard board = settings.provider().equals("simulated") ? new SimulatedBoard() : Pi4jBoard.start(settings.provider());
        try {
            return on(board, settings);
        } catch (GpioException | RuntimeException e) {
            board.close();
            throw e;
        }
    }

    /** Claims the pins on a board made elsewhere; the result owns the board and closes it. */
    public static KioskGpio on(GpioBoard board, GpioSettings settings) throws GpioException {
        Objects.requireNonNull(board, "board");
        Objects.requireNonNull(settings, "settings");
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "gpio-timer");
            t.setDaemon(true);
            return t;
        });
        try {
            PresenceSensor presence = null;
            if (settings.presence().isPresent()) {
                PresenceSettings p = settings.presence().get();
                presence = new PresenceSensor(board.input(p.pin(), p.pull()), p, timer);
            }
            HelpButton help = null;
            if (settings.helpButton().isPresent()) {
                HelpButtonSettings h = settings.helpButton().get();
                help = new HelpButton(board.input(h.pin(), h.pull()), h, timer);
            }
            StatusLamp lamp = null;
            if (settings.lamp().isPresent()) {
                lamp = lamp(board, settings.lamp().get(), timer);
            }
            return new KioskGpio(board, timer, presence, help, lamp);
        } catch (GpioException | RuntimeException e) {
            timer.shutdownNow();
            throw e;
        }
    }

    private static StatusLamp lamp(GpioBoard board, LampSettings settings, ScheduledExecutorService timer) throws GpioException {
        if (settings instanceof LampSettings.ThreeLamps three) {
            boolean off = !three.activeHigh();
            return new StackLight(board.output(three.greenPin(), off), board.output(three.amberPin(), off),
                    board.output(three.redPin(), off), three.activeHigh());
        }
        LampSettings.SingleLamp single = (LampSettings.SingleLamp) settings;
        return new BlinkingLamp(board.output(single.pin(), !single.activeHigh()), single.activeHigh(), timer);
    }

    public Optional<PresenceSensor> presence() {
        return Optional.ofNullable(presence);
    }

    public Optional<HelpButton> helpButton() {
        return Optional.ofNullable(helpButton);
    }

    public Optional<StatusLamp> lamp() {
        return Optional.ofNullable(lamp);
    }

    public GpioBoard board() {
        return board;
    }

    /** The simulated board, when running without hardware, so that demos and admin can drive its inputs. */
    public Optional<SimulatedBoard> simulatedBoard() {
        return board instanceof SimulatedBoard sim ? Optional.of(sim) : Optional.empty();
    }

    /** Switches the lamp off, stops the timer and releases the pins. */
    @Override
    public void close() {
        if (lamp != null) {
            lamp.close();
        }
        timer.shutdownNow();
        board.close();
    }
}
