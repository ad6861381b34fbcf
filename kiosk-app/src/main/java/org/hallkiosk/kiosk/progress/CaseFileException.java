package org.hallkiosk.kiosk.progress;

import java.util.List;

/** An import file that cannot be imported; every problem is listed, each with where it is. */
public final class CaseFileException extends Exception {

    private final List<String> problems;

    public CaseFileException(String file, List<String> problems) {
        super(file + ": " + problems.size() + " problem(s): " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
