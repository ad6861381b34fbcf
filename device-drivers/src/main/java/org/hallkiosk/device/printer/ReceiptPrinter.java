package org.hallkiosk.device.printer;

/** A receipt printer as the kiosk sees it: print a receipt, read the status. */
public interface ReceiptPrinter extends AutoCloseable {

    /** Prints, checking status before and after; never throws for printer or link trouble. */
    PrintResult print(Receipt receipt);

    /** Asks the printer how it is, opening the link if needed. */
    StatusReading readStatus();

    /** Where the printer is attached, as a link spec. */
    String spec();

    @Override
    void close();
}
