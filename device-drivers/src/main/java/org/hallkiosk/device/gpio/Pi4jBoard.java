package org.hallkiosk.device.gpio;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.exception.Pi4JException;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GPIO over Pi4J 2. The provider is picked by id: {@code gpiod} (the character device, current kernels) or
 * {@code linuxfs} (the deprecated sysfs interface, older images). Pins are BCM numbers.
 */
public final class Pi4jBoard implements GpioBoard {

    private static final Logger LOG = LoggerFactory.getLogger(Pi4jBoard.class);

    private final Context context;
    private final String inputProvider;
    private final String outputProvider;
    private final boolean ownsContext;

    /**
     * Uses a context built elsewhere (tests pass one holding Pi4J's mock providers).
     *
     * @param inputProvider e.g. {@code gpiod-digital-input}
     * @param outputProvider e.g. {@code gpiod-digital-output}
     */
    public Pi4jBoard(Context context, String inputProvider, String outputProvider) {
        this(context, inputProvider, outputProvider, false);
    }

    private Pi4jBoard(Context context, String inputProvider, String outputProvider, boolean ownsContext) {
        this.context = Objects.requireNonNull(context, "context");
        this.inputProvider = Objects.requireNonNull(inputProvider, "inputProvider");
        this.outputProvider = Objects.requireNonNull(outputProvider, "outputProvider");
        this.ownsContext = ownsContext;
    }

    /**
     * Starts Pi4J with the plug-ins found on the class path and uses the named provider ({@code gpiod} or
     * {@code linuxfs}).
     */
    public static Pi4jBoard start(String provider) throws GpioException {
        String p = provider.toLowerCase(Locale.ROOT);
        if (!p.equals("gpiod") && !p.equals("linuxfs")) {
            throw new GpioException("unknown GPIO provider '" + provider + "' (expected gpiod or linuxfs)");
        }
        Context context;
        try {
            context = Pi4J.newContextBuilder().autoDetect().build();
        } catch (Pi4JException | UnsatisfiedLinkError e) {
            throw new GpioException("cannot start Pi4J with " + p + ": " + e.getMessage(), e);
        }
        return new Pi4jBoard(context, p + "-digital-input", p + "-digital-output", true);
    }

    /** The Pi4J registry id used for a pin claimed as input (tests look pins up by it). */
    public static String inputId(int number) {
        return "kiosk-in-" + number;
    }

    /** The Pi4J registry id used for a pin claimed as output. */
    public static String outputId(int number) {
        return "kiosk-out-" + number;
    }

    @Override
    public InputPin input(int number, Pull pull) throws GpioException {
        try {
            DigitalInput input = context.create(DigitalInput.newConfigBuilder(context)
                    .id(inputId(number))
                    .name("GPIO " + number)
                    .address(number)
                    .pull(switch (pull) {
                        case NONE -> PullResistance.OFF;
                        case UP -> PullResistance.PULL_UP;
                        case DOWN -> PullResistance.PULL_DOWN;
                    })
                    // debouncing is done in Java, the same on every provider
                    .debounce(0L)
                    .provider(inputProvider));
            return new Pi4jInput(number, input);
        } catch (Pi4JException e) {
            throw new GpioException("cannot use GPIO " + number + " as input via " + inputProvider + ": " + e.getMessage(), e);
        }
    }

    @Override
    public OutputPin output(int number, boolean initialHigh) throws GpioException {
        try {
            DigitalOutput output = context.create(DigitalOutput.newConfigBuilder(context)
                    .id(outputId(number))
                    .name("GPIO " + number)
                    .address(number)
                    .initial(initialHigh ? DigitalState.HIGH : DigitalState.LOW)
                    .shutdown(initialHigh ? DigitalState.HIGH : DigitalState.LOW)
                    .provider(outputProvider));
            return new Pi4jOutput(number, output);
        } catch (Pi4JException e) {
            throw new GpioException("cannot use GPIO " + number + " as output via " + outputProvider + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "Pi4J " + inputProvider.replace("-digital-input", "");
    }

    @Override
    public void close() {
        if (!ownsContext) {
            return;
        }
        try {
            context.shutdown();
        } catch (Pi4JException e) {
            LOG.warn("Pi4J shutdown failed: {}", e.getMessage());
        }
    }

    private record Pi4jInput(int number, DigitalInput input) implements InputPin {
        @Override
        public boolean isHigh() {
            return input.state() == DigitalState.HIGH;
        }

        @Override
        public void onChange(Consumer<Boolean> listener) {
            input.addListener(event -> {
                if (event.state() != DigitalState.UNKNOWN) {
                    listener.accept(event.state() == DigitalState.HIGH);
                }
            });
        }
    }

    private record Pi4jOutput(int number, DigitalOutput output) implements OutputPin {
        @Override
        public void set(boolean high) throws GpioException {
            try {
                output.state(high ? DigitalState.HIGH : DigitalState.LOW);
            } catch (Pi4JException e) {
                throw new GpioException("cannot drive GPIO " + number + ": " + e.getMessage(), e);
            }
        }

        @Override
        public boolean isHigh() {
            return output.state() == DigitalState.HIGH;
        }
    }
}
