package org.hallkiosk.device.idcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hallkiosk.device.event.Subscription;
import org.hallkiosk.device.manager.Backoff;
import org.hallkiosk.device.manager.DeviceContext;
import org.hallkiosk.device.DeviceKinds;
import org.hallkiosk.device.manager.DeviceManager;
import org.hallkiosk.device.manager.DeviceSettings;
import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.junit.jupiter.api.Test;

/** The reader plugged into the device manager through {@code sim:idcard}. */
class IdCardReaderDeviceTest {

    @Test
    void theManagerBuildsAndChecksTheSimulatedReader() {
        try (DeviceManager manager = DeviceManager.create(onlyReader("sim:idcard"), DeviceContext.standard(), DeviceKinds.ALL)) {
            Map<String, DeviceState> states = manager.checkAll();
            assertThat(states).containsEntry("idcard", DeviceState.ok());
            assertThat(manager.device("idcard", IdCardReaderDevice.class)).isPresent();
        }
    }

    @Test
    void aFailedSamShowsOfflineAndRecovers() {
        IdCardReaderDevice device = create("sim:idcard");
        try {
            assertThat(device.check().health()).isEqualTo(Health.OK);
            device.simulator().orElseThrow().setSamFailed(true);
            assertThat(device.check()).isInstanceOfSatisfying(DeviceState.Offline.class,
                    o -> assertThat(o.reason()).contains("SAM self-test failed"));
            device.simulator().orElseThrow().setSamFailed(false);
            assertThat(device.check().health()).isEqualTo(Health.OK);
        } finally {
            device.close();
        }
    }

    @Test
    void pollingReportsCardsAndFaultsReachTheManagerAtOnce() throws Exception {
        IdCardReaderDevice device = create("sim:idcard");
        List<IdCardEvent> cards = new CopyOnWriteArrayList<>();
        List<DeviceState> states = new CopyOnWriteArrayList<>();
        try {
            device.reportStateChangesTo(states::add);
            device.check();
            device.subscribe(cards::add);
            await(() -> !cards.isEmpty());
            assertThat(cards.get(0)).isEqualTo(new IdCardEvent.CardPlaced(SimulatedCards.resident()));

            device.simulator().orElseThrow().setMute(true);
            await(() -> !states.isEmpty());
            assertThat(states.get(0).health()).isEqualTo(Health.OFFLINE);
            // while polling, a check reports what the poller saw instead of sending its own command
            assertThat(device.check().health()).isEqualTo(Health.OFFLINE);
        } finally {
            device.close();
        }
    }

    @Test
    void everySubscriberGetsTheCardAndPollingStopsWithTheLastSubscription() throws Exception {
        IdCardReaderDevice device = create("sim:idcard");
        List<IdCardEvent> first = new CopyOnWriteArrayList<>();
        List<IdCardEvent> second = new CopyOnWriteArrayList<>();
        try {
            Subscription a = device.subscribe(event -> {
                throw new IllegalStateException("a broken screen");
            });
            Subscription b = device.subscribe(first::add);
            Subscription c = device.subscribe(second::add);
            assertThat(device.subscriberCount()).isEqualTo(3);
            await(() -> !first.isEmpty() && !second.isEmpty());
            assertThat(first).containsExactly(new IdCardEvent.CardPlaced(SimulatedCards.resident()));
            assertThat(second).containsExactly(new IdCardEvent.CardPlaced(SimulatedCards.resident()));

            a.close();
            b.close();
            b.close(); // closing twice releases one hold, not two
            assertThat(device.isPolling()).as("one subscription still holds the reader").isTrue();
            c.close();
            assertThat(device.subscriberCount()).isZero();
            assertThat(device.isPolling()).isFalse();
        } finally {
            device.close();
        }
    }

    @Test
    void aSerialSpecWithoutBaudGetsTheReadersSpeed() {
        assertThat(IdCardReaderKind.withReaderBaud("serial:/dev/ttyUSB1")).isEqualTo("serial:/dev/ttyUSB1?baud=115200");
        assertThat(IdCardReaderKind.withReaderBaud("serial:/dev/ttyUSB1?flow=none")).isEqualTo("serial:/dev/ttyUSB1?flow=none&baud=115200");
        assertThat(IdCardReaderKind.withReaderBaud("serial:/dev/ttyUSB1?baud=9600")).isEqualTo("serial:/dev/ttyUSB1?baud=9600");
        assertThat(IdCardReaderKind.withReaderBaud("sim:idcard")).isEqualTo("sim:idcard");
    }

    @Test
    void aMissingPortIsOfflineNotAnException() {
        IdCardReaderDevice device = create("serial:/dev/hallkiosk-no-such-reader");
        try {
            assertThat(device.check()).isInstanceOfSatisfying(DeviceState.Offline.class,
                    o -> assertThat(o.reason()).contains("disconnected").contains("does not exist"));
        } finally {
            device.close();
        }
    }

    @Test
    void notFittedMeansNoDevice() {
        assertThat(new IdCardReaderKind().create(onlyReader("none"), DeviceContext.standard())).isEmpty();
    }

    private static IdCardReaderDevice create(String spec) {
        return new IdCardReaderKind().createReader(spec, SamReaderSettings.defaults(), DeviceContext.standard()).orElseThrow();
    }

    static DeviceSettings onlyReader(String spec) {
        DeviceSettings.Printer noPrinter = DeviceSettings.Printer.simulated().withSpec("none");
        return new DeviceSettings(noPrinter, spec, "none", "none", Duration.ofSeconds(5), Backoff.defaults());
    }

    static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
