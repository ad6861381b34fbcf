package org.hallkiosk.kiosk.ui;

import javafx.scene.Node;

/** Builds the view for one kind of route; a new view every time, so nothing of a previous visitor lingers. */
@FunctionalInterface
public interface Screen {

    Node create(Route route);
}
