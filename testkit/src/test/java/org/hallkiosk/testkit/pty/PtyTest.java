package org.hallkiosk.testkit.pty;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class PtyTest {

    // Linux termios bits (asm-generic/termbits.h)
    private static final int ICRNL = 0x100;
    private static final int IXON = 0x400;
    private static final int ISTRIP = 0x20;
    private static final int OPOST = 0x1;
    private static final int ISIG = 0x1;
    private static final int ICANON = 0x2;
    private static final int ECHO = 0x8;
    private static final int IEXTEN = 0x8000;
    private static final int CSIZE = 0x30;
    private static final int CS8 = 0x30;

    @Test
    void theSlaveIsARawPtsDeviceThatVanishesWithTheMaster() throws Exception {
        Pty pty = Pty.open();
        try {
            assertThat(pty.slavePath().toString()).startsWith("/dev/pts/");
            assertThat(pty.slavePath()).exists();
            int[] flags = pty.termiosFlags();
            assertThat(flags[0] & (ICRNL | IXON | ISTRIP)).as("c_iflag: no CR/LF translation, no XON/XOFF").isZero();
            assertThat(flags[1] & OPOST).as("c_oflag: no output processing").isZero();
            assertThat(flags[2] & CSIZE).as("c_cflag: 8 data bits").isEqualTo(CS8);
            assertThat(flags[3] & (ISIG | ICANON | ECHO | IEXTEN)).as("c_lflag: no echo, no line editing").isZero();
        } finally {
            pty.close();
        }
        assertThat(Files.exists(pty.slavePath())).isFalse();
    }
}
