package org.hallkiosk.content.validate;

/** How bad a problem is: an error refuses the content, a warning is reported and the content is used. */
public enum Severity {
    ERROR,
    WARNING
}
