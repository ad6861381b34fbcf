package org.hallkiosk.hall.device;

/** A device just added, with its token: the only time the token is shown; the server keeps only its hash. */
public record NewDevice(Device device, String token) {

    /** Never the token: this may end up in a log line. */
    @Override
    public String toString() {
        return "NewDevice[" + device + ", token=(shown once)]";
    }
}
