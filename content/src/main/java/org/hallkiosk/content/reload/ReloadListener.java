package org.hallkiosk.content.reload;

/**
 * Told about every reload attempt. Called on the thread that reloaded (the watcher's thread for automatic
 * reloads): a UI must hand the outcome over to its own thread. A listener that throws is logged and does
 * not stop the others.
 */
@FunctionalInterface
public interface ReloadListener {

    /** One reload attempt finished. */
    void onReload(ReloadOutcome outcome);
}
