package org.hallkiosk.device.link;

/** A link spec that cannot be parsed; the message names the spec and the problem. */
public final class LinkSpecException extends IllegalArgumentException {

    private final String spec;
    private final String problem;

    public LinkSpecException(String spec, String problem) {
        super("bad link spec '" + spec + "': " + problem);
        this.spec = spec;
        this.problem = problem;
    }

    /** The spec as written. */
    public String spec() {
        return spec;
    }

    /** What is wrong with it, without the spec. */
    public String problem() {
        return problem;
    }
}
