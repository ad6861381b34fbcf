package org.hallkiosk.device.printer;

/** Receipt content that cannot be printed as asked (bad size, empty QR payload, non-ASCII barcode...). */
public final class ReceiptException extends IllegalArgumentException {
    public ReceiptException(String message) {
        super(message);
    }
}
