package org.hallkiosk.content.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Identifies a loaded catalogue for the admin screen: a digest of every content file's bytes, when it was
 * loaded, from where, and how many files it was made of.
 */
public record ContentVersion(String digest, Instant loadedAt, String source, int files) {
    public ContentVersion {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(loadedAt, "loadedAt");
        Objects.requireNonNull(source, "source");
    }

    /** The first 12 hex digits of the digest, enough to tell versions apart on screen. */
    public String shortDigest() {
        return digest.substring(0, Math.min(12, digest.length()));
    }
}
