package org.hallkiosk.testkit.pty;

import com.sun.jna.Native;
import java.io.IOException;

/** Turns the calling thread's errno, as JNA saved it after the last native call, into a message. */
final class Errno {

    private Errno() {
    }

    static int last() {
        return Native.getLastError();
    }

    static IOException ioException(String call) {
        int errno = last();
        return new IOException(call + " failed: " + LibC.INSTANCE.strerror(errno) + " (errno " + errno + ")");
    }
}
