package org.hallkiosk.kiosk.ui;

import javafx.scene.Node;

/** Builds the view for one kind of route; a new view every time, so nothing of a previous visitor lingers. */
@FunctionalInterface
public interface Screen {

    Node create(Route route);

    /** Releases what the screen holds for the kiosk's life (threads, databases, devices); nothing by default. */
    default void close() {
    }
}
