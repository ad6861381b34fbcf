package org.hallkiosk.kiosk.progress;

import java.util.function.Consumer;

/**
 * Codes from a receipt scanner, delivered while the 进度查询 screen listens. A keyboard-wedge scanner is not a feed:
 * its keystrokes reach the screen through the scene and the device layer's {@code KeyboardWedgeDetector}.
 */
public interface ScanFeed {

    /** No scanner configured. */
    ScanFeed NONE = new ScanFeed() {
        @Override
        public Listening listen(Consumer<String> codes) {
            return Listening.NONE;
        }

        @Override
        public boolean simulated() {
            return false;
        }

        @Override
        public void simulateScan(String code) {
            throw new IllegalStateException("no simulated scanner");
        }
    };

    /** Delivers each scanned code to {@code codes}, from any thread, until the returned handle is closed. */
    Listening listen(Consumer<String> codes);

    /** True for the in-process simulator, whose {@link #simulateScan} a demo may use. */
    boolean simulated();

    /** Makes the simulated scanner send {@code code} as if a receipt were held under it. */
    void simulateScan(String code);
}
