package org.hallkiosk.device.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class LinkSpecTest {

    @Test
    void serialWithAllOptions() {
        LinkSpec spec = LinkSpec.parse("serial:/dev/ttyUSB0?baud=115200&data=7&parity=even&stop=2&flow=dtr&write=500");
        assertThat(spec).isEqualTo(new LinkSpec.Serial("/dev/ttyUSB0", 115200, 7, LinkSpec.Parity.EVEN,
                LinkSpec.StopBits.TWO, LinkSpec.Flow.DTR, Duration.ofMillis(500)));
    }

    @Test
    void serialDefaultsTo9600EightNoneOne() {
        assertThat(LinkSpec.parse("serial:/dev/ttyS1")).isEqualTo(LinkSpec.Serial.of("/dev/ttyS1"));
        assertThat(LinkSpec.Serial.of("/dev/ttyS1").baud()).isEqualTo(9600);
    }

    @Test
    void flowKinds() {
        assertThat(((LinkSpec.Serial) LinkSpec.parse("serial:/dev/x?flow=rts")).flow()).isEqualTo(LinkSpec.Flow.RTS);
        assertThat(((LinkSpec.Serial) LinkSpec.parse("serial:/dev/x?flow=XON")).flow()).isEqualTo(LinkSpec.Flow.XON);
        assertThat(((LinkSpec.Serial) LinkSpec.parse("serial:/dev/x?stop=1.5")).stopBits()).isEqualTo(LinkSpec.StopBits.ONE_POINT_FIVE);
    }

    @Test
    void tcpWithTimeoutsAndDefaultPort() {
        assertThat(LinkSpec.parse("tcp:192.0.2.10:9100?connect=1500&read=2000"))
                .isEqualTo(new LinkSpec.Tcp("192.0.2.10", 9100, Duration.ofMillis(1500), Duration.ofMillis(2000)));
        assertThat(((LinkSpec.Tcp) LinkSpec.parse("tcp:printer.hall.local")).port()).isEqualTo(9100);
        assertThat(((LinkSpec.Tcp) LinkSpec.parse("tcp:[::1]:9101")).host()).isEqualTo("::1");
    }

    @Test
    void fileAndSim() {
        assertThat(LinkSpec.parse("file:/dev/usb/lp0")).isEqualTo(new LinkSpec.File(Path.of("/dev/usb/lp0")));
        assertThat(LinkSpec.parse("sim:printer")).isEqualTo(new LinkSpec.Sim("printer"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "serial:/dev/ttyUSB0?baud=115200&flow=dtr",
            "serial:/dev/ttyS0?baud=9600&data=7&parity=odd&stop=1.5&flow=xon",
            "tcp:192.0.2.10:9100?connect=200&read=0",
            "tcp:[fe80::1]:9100",
            "file:/dev/usb/lp0",
            "sim:printer"})
    void textRoundTrips(String text) {
        LinkSpec spec = LinkSpec.parse(text);
        assertThat(LinkSpec.parse(spec.text())).isEqualTo(spec);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|empty link spec",
            "/dev/ttyUSB0|missing scheme",
            "usb:/dev/x|unknown scheme 'usb'",
            "serial:|missing device path",
            "serial:/dev/x?baud=fast|baud 'fast' is not a whole number",
            "serial:/dev/x?baud=10|baud 10 out of range",
            "serial:/dev/x?data=9|data bits 9 out of range",
            "serial:/dev/x?parity=maybe|parity must be one of none, odd, even, mark, space",
            "serial:/dev/x?stop=3|stop bits must be 1, 1.5 or 2",
            "serial:/dev/x?flow=cts|flow must be one of none, rts, dtr, xon",
            "serial:/dev/x?speed=9600|unknown option 'speed'",
            "serial:/dev/x?baud|not of the form name=value",
            "serial:/dev/x?baud=1&baud=2|given twice",
            "tcp:host:ninety|port 'ninety' is not a number",
            "tcp:host:70000|port 70000 out of range",
            "tcp::9100|missing host",
            "tcp:fe80::1:9100|IPv6 addresses must be written in brackets",
            "tcp:[::1|unclosed '['",
            "file:|missing path",
            "file:/dev/usb/lp0?x=1|file links take no options",
            "sim:|missing simulator name",
            "sim:a b|simulator name must be"})
    void badSpecsNameTheProblem(String text, String problem) {
        assertThatThrownBy(() -> LinkSpec.parse(text))
                .isInstanceOf(LinkSpecException.class)
                .hasMessageContaining(problem)
                .satisfies(e -> assertThat(((LinkSpecException) e).spec()).isEqualTo(text.strip()));
    }

    @Test
    void nullSpecIsATypedError() {
        assertThatThrownBy(() -> LinkSpec.parse(null)).isInstanceOf(LinkSpecException.class);
    }

    @Property
    void anyTextParsesOrIsATypedError(@ForAll String text) {
        assertSpecOrTypedError(text);
        assertSpecOrTypedError("serial:" + text);
        assertSpecOrTypedError("serial:/dev/ttyUSB0?" + text);
        assertSpecOrTypedError("tcp:" + text);
        assertSpecOrTypedError("sim:" + text);
    }

    private static void assertSpecOrTypedError(String text) {
        try {
            LinkSpec spec = LinkSpec.parse(text);
            assertThat(LinkSpec.parse(spec.text())).isEqualTo(spec);
        } catch (LinkSpecException e) {
            assertThat(e.problem()).isNotBlank();
        }
    }
}
