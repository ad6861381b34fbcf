package org.hallkiosk.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;

import org.hallkiosk.device.manager.DeviceState;
import org.hallkiosk.device.manager.Health;
import org.junit.jupiter.api.Test;

/** GPIO as a managed device. */
class GpioDeviceTest {

    @Test
    void theSimulatedBoardOpensOnTheFirstCheckAndTheLampShowsTheWorstHealth() {
        GpioDevice device = new GpioKind().createGpio("sim:gpio").orElseThrow();
        try {
            boolean[] opened = {false};
            device.whenOpened(() -> opened[0] = true);
            assertThat(device.gpio()).isEmpty();
            assertThat(device.check()).isEqualTo(DeviceState.ok());
            assertThat(opened[0]).isTrue();

            SimulatedBoard board = device.gpio().orElseThrow().simulatedBoard().orElseThrow();
            device.showWorst(Health.OFFLINE);
            assertThat(board.level(13)).isTrue();
            assertThat(board.level(5)).isFalse();
            device.showWorst(Health.OK);
            assertThat(board.level(5)).isTrue();
            assertThat(board.level(13)).isFalse();
        } finally {
            device.close();
        }
    }

    @Test
    void aBoardThatCannotStartIsOffline() {
        // no Raspberry Pi here: gpiod cannot claim GPIO 17, which must be a state, not an exception
        GpioDevice device = new GpioKind().createGpio("gpiod").orElseThrow();
        try {
            DeviceState state = device.check();
            assertThat(state.health()).isEqualTo(Health.OFFLINE);
            assertThat(state.reason()).startsWith("GPIO 不可用 / unavailable");
        } finally {
            device.close();
        }
    }

    @Test
    void noneMeansNotFitted() {
        assertThat(new GpioKind().createGpio("none")).isEmpty();
    }
}
