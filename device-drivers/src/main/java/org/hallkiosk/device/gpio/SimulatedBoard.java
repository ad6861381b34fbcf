package org.hallkiosk.device.gpio;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * A board without hardware: inputs are driven from code ({@link #drive}), outputs are only remembered
 * ({@link #level}). The kiosk runs on it when no GPIO is configured; demos and the admin screen can drive the
 * presence sensor and help button through it.
 */
public final class SimulatedBoard implements GpioBoard {

    private final Map<Integer, SimInput> inputs = new ConcurrentHashMap<>();
    private final Map<Integer, SimOutput> outputs = new ConcurrentHashMap<>();

    @Override
    public InputPin input(int number, Pull pull) throws GpioException {
        claim(number);
        SimInput pin = new SimInput(number, pull == Pull.UP);
        inputs.put(number, pin);
        return pin;
    }

    @Override
    public OutputPin output(int number, boolean initialHigh) throws GpioException {
        claim(number);
        SimOutput pin = new SimOutput(number, initialHigh);
        outputs.put(number, pin);
        return pin;
    }

    /** Sets an input's raw level as the wiring would, firing its listeners on an edge. */
    public void drive(int number, boolean high) {
        SimInput pin = inputs.get(number);
        if (pin == null) {
            throw new IllegalArgumentException("GPIO " + number + " is not claimed as an input");
        }
        pin.drive(high);
    }

    /** An output's raw level. */
    public boolean level(int number) {
        SimOutput pin = outputs.get(number);
        if (pin == null) {
            throw new IllegalArgumentException("GPIO " + number + " is not claimed as an output");
        }
        return pin.isHigh();
    }

    @Override
    public String description() {
        return "simulated GPIO";
    }

    @Override
    public void close() {
        inputs.clear();
        outputs.clear();
    }

    private void claim(int number) throws GpioException {
        if (number < 0) {
            throw new GpioException("GPIO number must not be negative: " + number);
        }
        if (inputs.containsKey(number) || outputs.containsKey(number)) {
            throw new GpioException("GPIO " + number + " is already in use");
        }
    }

    private static final class SimInput implements InputPin {
        private final int number;
        private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
        private volatile boolean high;

        SimInput(int number, boolean pulledUp) {
            this.number = number;
            this.high = pulledUp;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public boolean isHigh() {
            return high;
        }

        @Override
        public void onChange(Consumer<Boolean> listener) {
            listeners.add(listener);
        }

        void drive(boolean level) {
            if (high == level) {
                return;
            }
            high = level;
            listeners.forEach(l -> l.accept(level));
        }
    }

    private static final class SimOutput implements OutputPin {
        private final int number;
        private volatile boolean high;

        SimOutput(int number, boolean initialHigh) {
            this.number = number;
            this.high = initialHigh;
        }

        @Override
        public int number() {
            return number;
        }

        @Override
        public void set(boolean level) {
            high = level;
        }

        @Override
        public boolean isHigh() {
            return high;
        }
    }
}
