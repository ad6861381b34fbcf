package org.hallkiosk.kiosk.print.notice;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;

/**
 * Prints a rendered notice on an A4 printer through the Java print service (CUPS on Linux), by the queue
 * name configured as {@code notice.a4Printer}.
 */
public final class A4NoticePrinter {

    private final String serviceName;

    public A4NoticePrinter(String serviceName) {
        this.serviceName = serviceName;
    }

    /** Sends the PDF to the printer; fails with the names of the printers that do exist when it is not found. */
    public void print(NoticePdf.Rendered notice, String jobName) throws NoticePrintException {
        PrintService service = find();
        try (PDDocument doc = Loader.loadPDF(notice.bytes())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setJobName(jobName);
            job.setPageable(new PDFPageable(doc));
            job.print();
        } catch (PrinterException e) {
            throw new NoticePrintException("A4 printer '" + serviceName + "' refused the job: " + e.getMessage());
        } catch (IOException e) {
            throw new NoticePrintException("cannot read back the rendered notice: " + e.getMessage());
        }
    }

    private PrintService find() throws NoticePrintException {
        List<PrintService> services = Arrays.asList(PrintServiceLookup.lookupPrintServices(null, null));
        for (PrintService s : services) {
            if (s.getName().equalsIgnoreCase(serviceName)) {
                return s;
            }
        }
        String known = services.isEmpty() ? "none — is CUPS installed and running? (lpstat -p lists printers)"
                : String.join(", ", services.stream().map(PrintService::getName).toList());
        throw new NoticePrintException("no A4 printer named '" + serviceName + "' (printers found: " + known + ")");
    }
}
