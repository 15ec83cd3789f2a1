/**
 * Register event feeds become life-event cases, each event exactly once.
 *
 * <p>A {@link no.lifecase.trigger.FeedSource} reads one register's feed (the register clients adapt their DTOs to
 * {@link no.lifecase.trigger.FeedEvent}s). {@link no.lifecase.trigger.FeedPoller} reads one page per round in one
 * transaction: it locks the feed's cursor row ({@code FOR UPDATE SKIP LOCKED}, so one node reads a feed at a time),
 * fetches the page, lets {@link no.lifecase.trigger.FeedEventRouter} open a case or deliver a message for each
 * event, records each event in {@code handled_register_event} and moves the cursor. Either all of that commits or
 * none of it does; the unique key on the handled events stops a second handling even if the lock were bypassed.
 */
package no.lifecase.trigger;
