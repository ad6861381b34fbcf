package org.hallkiosk.device.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinkFactoryTest {

    @Test
    void makesEachKind() {
        LinkFactory factory = new LinkFactory(new SimulatorRegistry());
        assertThat(factory.create("serial:/dev/ttyUSB0")).isInstanceOf(SerialLink.class);
        assertThat(factory.create("tcp:127.0.0.1:9100")).isInstanceOf(TcpLink.class);
        assertThat(factory.create("file:/dev/usb/lp0")).isInstanceOf(FileLink.class);
        assertThat(factory.create("sim:printer").spec()).isEqualTo("sim:printer");
        assertThatThrownBy(() -> factory.create("bogus")).isInstanceOf(LinkSpecException.class);
    }

    @Test
    void simSpecConnectsThroughTheRegistryWhenOpened() throws Exception {
        SimulatorRegistry registry = new SimulatorRegistry();
        ByteLink link = new LinkFactory(registry).create("sim:echo");
        assertThatThrownBy(link::open).isInstanceOf(LinkException.Disconnected.class).hasMessageContaining("no simulator named 'echo'");

        PipeLink.Pair[] last = new PipeLink.Pair[1];
        registry.register("echo", () -> {
            last[0] = PipeLink.pair("sim:echo");
            return last[0].host();
        });
        link.open();
        link.write(new byte[] {5});
        byte[] buffer = new byte[2];
        assertThat(last[0].device().read(buffer, Duration.ofSeconds(1))).isEqualTo(1);

        last[0].device().unplug();
        assertThat(link.isOpen()).isFalse();
        link.open();
        assertThat(link.isOpen()).isTrue();
        link.close();
    }
}
