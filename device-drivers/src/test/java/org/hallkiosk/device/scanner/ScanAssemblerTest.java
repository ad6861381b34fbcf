package org.hallkiosk.device.scanner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cutting the byte stream into codes, with explicit times. */
class ScanAssemblerTest {

    private static final long MS = 1_000_000L;
    private final ScanAssembler assembler = new ScanAssembler(ScannerSettings.defaults().withMaxCodeBytes(16));

    @ParameterizedTest
    @ValueSource(strings = {"\r", "\n", "\r\n"})
    void everyTerminatorEndsACodeAndNoEmptyCodesAppear(String terminator) {
        List<ScannerEvent> events = feed("A012" + terminator + "ZW2025000456" + terminator, 0);

        assertThat(events).containsExactly(new ScannerEvent.CodeScanned("A012"), new ScannerEvent.CodeScanned("ZW2025000456"));
        assertThat(assembler.hasPending()).isFalse();
    }

    @Test
    void aCodeWithoutTerminatorEndsAfterTheIdleGap() {
        assertThat(feed("A012", 0)).isEmpty();

        assertThat(assembler.idle(79 * MS)).isEmpty();
        assertThat(assembler.idle(80 * MS)).contains(new ScannerEvent.CodeScanned("A012"));
        assertThat(assembler.idle(200 * MS)).isEmpty();
    }

    @Test
    void bytesArrivingKeepTheCodeOpen() {
        feed("A0", 0);
        feed("12", 70 * MS);
        assertThat(assembler.idle(100 * MS)).isEmpty();
        assertThat(assembler.idle(150 * MS)).contains(new ScannerEvent.CodeScanned("A012"));
    }

    @Test
    void surroundingWhitespaceIsTrimmedInnerKept() {
        assertThat(feed("  A 012\t\r\n", 0)).containsExactly(new ScannerEvent.CodeScanned("A 012"));
        assertThat(feed("   \r\n", 0)).isEmpty();
    }

    @Test
    void anOverlongCodeIsRejectedOnceAndTheNextCodeIsFine() {
        List<ScannerEvent> events = feed("0123456789ABCDEFGHIJ\rA012\r", 0);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOfSatisfying(ScannerEvent.CodeRejected.class,
                r -> assertThat(r.reason()).contains("20 bytes").contains("16-byte limit"));
        assertThat(events.get(1)).isEqualTo(new ScannerEvent.CodeScanned("A012"));
    }

    @Test
    void anOverlongCodeWithoutTerminatorIsRejectedAtIdle() {
        feed("0123456789ABCDEFGHIJ", 0);
        assertThat(assembler.idle(100 * MS)).hasValueSatisfying(e -> assertThat(e).isInstanceOf(ScannerEvent.CodeRejected.class));
    }

    @Test
    void multiByteCharactersSplitAcrossReadsSurvive() {
        byte[] bytes = "政务服务\r".getBytes(StandardCharsets.UTF_8);
        List<ScannerEvent> events = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
            events.addAll(assembler.accept(new byte[] {bytes[i]}, 1, i * MS));
        }
        assertThat(events).containsExactly(new ScannerEvent.CodeScanned("政务服务"));
    }

    @Test
    void gbkScannersAreDecodedWithTheirCharset() {
        Charset gbk = Charset.forName("GBK");
        ScanAssembler gbkAssembler = new ScanAssembler(new ScannerSettings(Duration.ofMillis(80), 64, gbk));
        byte[] bytes = "不动产登记\r\n".getBytes(gbk);
        assertThat(gbkAssembler.accept(bytes, bytes.length, 0)).containsExactly(new ScannerEvent.CodeScanned("不动产登记"));
    }

    private List<ScannerEvent> feed(String s, long atNanos) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return assembler.accept(b, b.length, atNanos);
    }
}
