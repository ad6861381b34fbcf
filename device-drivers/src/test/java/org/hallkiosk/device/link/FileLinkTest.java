package org.hallkiosk.device.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLinkTest {

    @TempDir
    Path dir;

    @Test
    void writesAppendAndReadsAreRefused() throws Exception {
        Path capture = dir.resolve("lp0");
        Files.write(capture, new byte[] {1});
        FileLink link = new FileLink((LinkSpec.File) LinkSpec.parse("file:" + capture));
        link.open();
        link.write(new byte[] {2, 3});
        link.drain();
        link.close();
        assertThat(Files.readAllBytes(capture)).containsExactly(1, 2, 3);
        assertThat(link.canRead()).isFalse();
        assertThatThrownBy(() -> link.read(new byte[1], Duration.ZERO)).isInstanceOf(LinkException.class).hasMessageContaining("write-only");
    }

    @Test
    void absentDeviceIsADisconnect() {
        FileLink link = new FileLink(new LinkSpec.File(dir.resolve("usb/lp9")));
        assertThatThrownBy(link::open).isInstanceOf(LinkException.Disconnected.class);
    }
}
