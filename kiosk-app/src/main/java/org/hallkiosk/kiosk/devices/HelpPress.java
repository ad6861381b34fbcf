package org.hallkiosk.kiosk.devices;

/** One counted press of the help button (repeats soon after are not counted again). */
public record HelpPress() {
}
