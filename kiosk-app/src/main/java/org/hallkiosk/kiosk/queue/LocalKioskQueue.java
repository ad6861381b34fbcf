package org.hallkiosk.kiosk.queue;

import java.util.List;
import java.util.Optional;
import org.hallkiosk.device.idcard.IdCard;
import org.hallkiosk.queue.IssueResult;
import org.hallkiosk.queue.LineSummary;
import org.hallkiosk.queue.Position;
import org.hallkiosk.queue.QueueLine;
import org.hallkiosk.queue.QueueServices;
import org.hallkiosk.queue.ReprintQueue;
import org.hallkiosk.queue.Ticket;
import org.hallkiosk.queue.Visitor;

/** {@code queue.mode: local}: the kiosk is a hall of one, numbering in its own {@code queue.db}. */
public final class LocalKioskQueue implements KioskQueue {

    private final QueueServices services;

    public LocalKioskQueue(QueueServices services) {
        this.services = services;
    }

    /** The database and engine underneath (the walkthrough and counter commands reach them here). */
    public QueueServices services() {
        return services;
    }

    @Override
    public List<LineSummary> summaries() {
        return services.desk().summaries();
    }

    @Override
    public Optional<LineSummary> summary(String prefix) {
        return line(prefix).map(l -> services.desk().summary(l));
    }

    @Override
    public Optional<QueueLine> line(String prefix) {
        return services.desk().lines().line(prefix);
    }

    @Override
    public Position projected(QueueLine line, Optional<Visitor> visitor) {
        return services.desk().projected(line, visitor);
    }

    @Override
    public Visitor visitor(IdCard card) {
        return CardVisitor.of(services.desk(), card);
    }

    @Override
    public IssueResult issue(String prefix, Optional<Visitor> visitor) {
        return services.desk().issueFor(prefix, visitor);
    }

    @Override
    public IssueResult checkIn(Visitor visitor) {
        return services.appointments().checkIn(visitor);
    }

    @Override
    public IssueResult checkIn(String scanned, Optional<Visitor> visitor) {
        return services.appointments().checkIn(scanned, visitor);
    }

    @Override
    public String statusUrl(Ticket ticket) {
        return services.desk().statusUrl(ticket);
    }

    @Override
    public Optional<Position> position(Ticket ticket) {
        return services.desk().position(ticket.id());
    }

    @Override
    public ReprintQueue reprints() {
        return services.reprints();
    }

    @Override
    public void forgetPastDays() {
        services.desk().forgetPastDays();
    }

    @Override
    public void close() {
        services.close();
    }
}
