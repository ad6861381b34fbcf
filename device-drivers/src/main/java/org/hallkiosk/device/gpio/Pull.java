package org.hallkiosk.device.gpio;

/** The pin's internal bias resistor. A button to ground wants {@code UP}; a sensor with a push-pull output {@code NONE}. */
public enum Pull { NONE, UP, DOWN }
