package org.hallkiosk.kiosk.systemd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The notify protocol over a real Unix datagram socket, bound as systemd binds it. */
class SystemdNotifierTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    @TempDir
    Path dir;

    @Test
    void readyAndStatusArriveAsOneDatagramOnAFileSocket() throws Exception {
        String path = dir.resolve("notify").toString();
        try (NotifySocket systemd = new NotifySocket(path)) {
            SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", path)).orElseThrow();
            assertThat(notifier.ready("home screen shown\nin 2 s")).isTrue();
            assertThat(systemd.receive(WAIT)).contains("READY=1\nSTATUS=home screen shown in 2 s");
            assertThat(notifier.ping()).isTrue();
            assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");
            assertThat(notifier.stopping()).isTrue();
            assertThat(systemd.receive(WAIT)).contains("STOPPING=1");
        }
    }

    @Test
    void anAbstractSocketNamedWithAnAtSignWorksToo() throws Exception {
        String name = "@hallkiosk-test-" + UUID.randomUUID();
        try (NotifySocket systemd = new NotifySocket(name)) {
            SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", name)).orElseThrow();
            assertThat(notifier.status("printer OFFLINE")).isTrue();
            assertThat(systemd.receive(WAIT)).contains("STATUS=printer OFFLINE");
        }
    }

    @Test
    void withoutNotifySocketThereIsNoNotifier() {
        assertThat(SystemdNotifier.fromEnvironment(Map.of())).isEmpty();
        assertThat(SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", " "))).isEmpty();
    }

    @Test
    void aMissingSocketIsReportedAsNotSentAndRecovers() throws Exception {
        String path = dir.resolve("later").toString();
        SystemdNotifier notifier = SystemdNotifier.fromEnvironment(Map.of("NOTIFY_SOCKET", path)).orElseThrow();
        assertThat(notifier.ping()).as("nobody listens yet").isFalse();
        try (NotifySocket systemd = new NotifySocket(path)) {
            assertThat(notifier.ping()).isTrue();
            assertThat(systemd.receive(WAIT)).contains("WATCHDOG=1");
        }
    }

    @Test
    void aPathLongerThanSockaddrUnHoldsIsRefused() {
        assertThatThrownBy(() -> UnixDatagram.address("/" + "x".repeat(UnixDatagram.MAX_PATH)))
                .isInstanceOf(IOException.class).hasMessageContaining("longer than 108 bytes");
    }
}
