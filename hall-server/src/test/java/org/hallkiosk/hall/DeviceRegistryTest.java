package org.hallkiosk.hall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.hallkiosk.hall.device.Device;
import org.hallkiosk.hall.device.DeviceException;
import org.hallkiosk.hall.device.DeviceRegistry;
import org.hallkiosk.hall.device.DeviceTokens;
import org.hallkiosk.hall.device.NewDevice;
import org.hallkiosk.hall.device.Role;
import org.hallkiosk.queue.Backend;
import org.hallkiosk.queue.QueueDatabase;
import org.hallkiosk.queue.QueueFixture;
import org.hallkiosk.queue.TestClock;
import org.hallkiosk.queue.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Devices: a token shown once and stored only as a hash, names unique among active devices, revocation at once. */
@ParameterizedClass
@EnumSource(Backend.class)
class DeviceRegistryTest {

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    @Test
    void tokensAreRandomShownOnceAndStoredOnlyAsAHash() {
        try (TestDatabases dbs = new TestDatabases(backend, dir); QueueDatabase db = dbs.place().open()) {
            DeviceRegistry devices = new DeviceRegistry(db, new DeviceTokens(new SecureRandom()),
                    new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL));
            NewDevice kiosk = devices.add("kiosk-east-1", Role.KIOSK);
            NewDevice counter = devices.add("window-03", Role.COUNTER);
            assertThat(kiosk.token()).startsWith("hk1_").hasSize(47).isNotEqualTo(counter.token());
            assertThat(kiosk.toString()).doesNotContain(kiosk.token());
            String stored = db.read(c -> {
                StringBuilder sb = new StringBuilder();
                try (var s = c.createStatement(); var r = s.executeQuery("SELECT * FROM device")) {
                    while (r.next()) {
                        for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                            sb.append(r.getString(i)).append('|');
                        }
                    }
                }
                return sb.toString();
            });
            assertThat(stored).doesNotContain(kiosk.token()).doesNotContain(kiosk.token().substring(4))
                    .contains(DeviceTokens.hash(kiosk.token()));
            assertThat(devices.authenticate(kiosk.token()).map(Device::name)).contains("kiosk-east-1");
            assertThat(devices.authenticate(counter.token()).map(Device::role)).contains(Role.COUNTER);
            assertThat(devices.authenticate(kiosk.token() + "x")).isEmpty();
            assertThat(devices.list()).extracting(Device::name).containsExactly("kiosk-east-1", "window-03");
        }
    }

    @Test
    void namesAreUniqueAndARevokedDeviceIsLockedOutAtOnce() {
        try (TestDatabases dbs = new TestDatabases(backend, dir); QueueDatabase db = dbs.place().open()) {
            DeviceRegistry devices = new DeviceRegistry(db, new DeviceTokens(new SecureRandom()),
                    new TestClock(QueueFixture.FRIDAY_0930, QueueFixture.HALL));
            NewDevice first = devices.add("display-hall", Role.DISPLAY);
            assertThatThrownBy(() -> devices.add("display-hall", Role.DISPLAY)).isInstanceOf(DeviceException.class)
                    .hasMessageContaining("exists already");
            assertThatThrownBy(() -> devices.add("bad name!", Role.KIOSK)).hasMessageContaining("letters, digits");
            assertThatThrownBy(() -> devices.revoke("nobody")).hasMessageContaining("no device named nobody");
            assertThat(devices.revoke("display-hall").active()).isFalse();
            assertThat(devices.authenticate(first.token())).isEmpty();
            NewDevice again = devices.add("display-hall", Role.DISPLAY);
            assertThat(devices.authenticate(again.token())).isPresent();
            assertThat(devices.authenticate(first.token())).as("the old token stays dead").isEmpty();
            assertThatThrownBy(() -> Role.of("admin")).hasMessageContaining("kiosk, counter or display");
        }
    }
}
