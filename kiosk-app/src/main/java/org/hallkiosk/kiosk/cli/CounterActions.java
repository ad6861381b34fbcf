package org.hallkiosk.kiosk.cli;

import java.util.Optional;
import org.hallkiosk.kiosk.hall.HallClient;
import org.hallkiosk.kiosk.hall.HallRequestException;
import org.hallkiosk.kiosk.hall.HallUnavailableException;
import org.hallkiosk.queue.CounterDesk;
import org.hallkiosk.queue.NoShowOutcome;
import org.hallkiosk.queue.QueueStatus;
import org.hallkiosk.queue.Ticket;

/** What {@code kioskctl queue …} does at a window: on the kiosk's own queue, or through the hall server. */
interface CounterActions {

    Optional<Ticket> call(int window, Optional<String> line);

    Ticket recall(int window);

    Ticket done(int window);

    NoShowOutcome noShow(int window);

    Ticket transfer(int window, String toLine, boolean front);

    QueueStatus status();

    /** {@code queue.mode: local}: the counter desk on queue.db. */
    static CounterActions local(CounterDesk desk) {
        return new CounterActions() {
            public Optional<Ticket> call(int window, Optional<String> line) {
                return desk.call(window, line);
            }

            public Ticket recall(int window) {
                return desk.recall(window);
            }

            public Ticket done(int window) {
                return desk.done(window);
            }

            public NoShowOutcome noShow(int window) {
                return desk.noShow(window);
            }

            public Ticket transfer(int window, String toLine, boolean front) {
                return desk.transfer(window, toLine, front);
            }

            public QueueStatus status() {
                return desk.status();
            }
        };
    }

    /**
     * {@code queue.mode: hall}: the hall server's API with a counter's token. Every failure becomes a one-line
     * {@link CommandFailure}: no answer, a token that may not do this (with how to get one that may), or the
     * server's own reason (window busy, nobody called).
     */
    static CounterActions hall(HallClient client, String tokenSource) {
        return new CounterActions() {
            public Optional<Ticket> call(int window, Optional<String> line) {
                return ask(() -> client.call(window, line));
            }

            public Ticket recall(int window) {
                return ask(() -> client.recall(window));
            }

            public Ticket done(int window) {
                return ask(() -> client.done(window));
            }

            public NoShowOutcome noShow(int window) {
                return ask(() -> client.noShowOutcome(window));
            }

            public Ticket transfer(int window, String toLine, boolean front) {
                return ask(() -> client.transfer(window, toLine, front));
            }

            public QueueStatus status() {
                return ask(client::queueStatus);
            }

            private <T> T ask(Call<T> call) {
                try {
                    return call.run();
                } catch (HallUnavailableException e) {
                    throw new CommandFailure(e.getMessage() + " — nothing was changed; try again");
                } catch (HallRequestException e) {
                    if (e.status() == 401) {
                        throw new CommandFailure("the hall server does not accept the token from " + tokenSource
                                + " (revoked, or for another server): " + e.getMessage());
                    }
                    if (e.status() == 403) {
                        throw new CommandFailure("the hall server refused: " + e.getMessage() + ". Counter commands need a counter's token"
                                + " (kioskctl hall device add window-N --role counter): set HALLKIOSK_HALL_TOKEN or --token-file FILE;"
                                + " the token used came from " + tokenSource);
                    }
                    throw new CommandFailure(e.getMessage());
                }
            }
        };
    }

    /** One request to the server. */
    interface Call<T> {
        T run() throws HallUnavailableException;
    }
}
