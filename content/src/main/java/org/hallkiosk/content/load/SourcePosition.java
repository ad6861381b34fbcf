package org.hallkiosk.content.load;

/** A line and column (both from 1) in a content file. */
public record SourcePosition(int line, int column) {

    /** The start of a file, where problems about a whole file point. */
    public static final SourcePosition START = new SourcePosition(1, 1);
}
