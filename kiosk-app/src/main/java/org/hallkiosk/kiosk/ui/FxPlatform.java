package org.hallkiosk.kiosk.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import javafx.application.Platform;

/** Starting JavaFX without an Application subclass (so the kiosk's parts are built by hand), and running on its thread. */
public final class FxPlatform {

    private FxPlatform() {
    }

    /** Switches to Monocle's headless platform; must run before {@link #start()}. */
    public static void useHeadless(int width, int height) {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("headless.geometry", width + "x" + height + "-32");
        System.setProperty("java.awt.headless", "true");
    }

    /** Starts the JavaFX runtime once; later calls do nothing. */
    public static void start() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await();
    }

    /** Runs {@code action} on the JavaFX thread: at once when called on it, else as soon as the thread is free. */
    public static void onFxThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    /** Runs {@code action} on the JavaFX thread and waits for its result. */
    public static <T> T call(Supplier<T> action) throws InterruptedException {
        if (Platform.isFxApplicationThread()) {
            return action.get();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        });
        try {
            return result.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the JavaFX thread did not answer within 60 s", e);
        }
    }

    /** Runs {@code action} on the JavaFX thread and waits for it. */
    public static void run(Runnable action) throws InterruptedException {
        call(() -> {
            action.run();
            return null;
        });
    }
}
