package org.hallkiosk.kiosk.queue;

import java.util.List;

/** A booking file with mistakes; nothing of it was imported. Each problem names the file, line and field. */
public final class AppointmentImportException extends Exception {

    private final List<String> problems;

    public AppointmentImportException(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s), nothing imported");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
