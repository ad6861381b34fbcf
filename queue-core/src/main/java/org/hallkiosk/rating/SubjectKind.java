package org.hallkiosk.rating;

/** What a rating is about: a queue ticket served at a window (一次一评), or a case (办件, 一事一评). */
public enum SubjectKind {
    TICKET, CASE
}
