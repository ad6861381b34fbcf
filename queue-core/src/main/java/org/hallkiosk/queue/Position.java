package org.hallkiosk.queue;

/**
 * A ticket's place in its line right now.
 *
 * @param ahead                waiting tickets that will be called before it
 * @param estimatedWaitMinutes from the line's moving average of service times and the windows serving it
 */
public record Position(int ahead, int estimatedWaitMinutes) {
}
