package org.hallkiosk.device.idcard;

import java.util.Objects;

/** What the {@link IdCardPoller} reports. */
public sealed interface IdCardEvent {

    /** A card was placed and read. Reported once per placement. */
    record CardPlaced(IdCard card) implements IdCardEvent {
        public CardPlaced {
            Objects.requireNonNull(card, "card");
        }
    }

    /**
     * The reader no longer sees the card. Many readers stop answering for a card once it has been read, so this
     * can come while the card still lies on the reader; it means "ready for the next card", not "card taken".
     */
    record CardRemoved() implements IdCardEvent {
    }

    /** A card is on the reader but could not be read; the reason is safe to show and log. */
    record CardUnreadable(String reason) implements IdCardEvent {
    }

    /** The reader stopped answering or its link failed; the reason is safe to show and log. */
    record ReaderFault(String reason, boolean disconnected) implements IdCardEvent {
    }

    /** The reader answers again after a {@link ReaderFault}. */
    record ReaderRestored() implements IdCardEvent {
    }
}
