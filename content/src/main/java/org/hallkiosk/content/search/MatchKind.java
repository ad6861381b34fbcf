package org.hallkiosk.content.search;

/**
 * Why an item matched, best first. Results are ranked by this order, then by catalogue order: an exact
 * name beats a name prefix, which beats an alias (or keyword), a match inside the name, the department's
 * name, and finally a material's name.
 */
public enum MatchKind {
    EXACT_NAME,
    NAME_PREFIX,
    ALIAS,
    NAME_CONTAINS,
    DEPARTMENT,
    MATERIAL
}
