package org.hallkiosk.kiosk.print.notice;

/** No usable CJK TrueType font for the A4 notice; the message names the file tried and the package to install. */
public final class NoticeFontException extends Exception {

    public NoticeFontException(String message) {
        super(message);
    }
}
