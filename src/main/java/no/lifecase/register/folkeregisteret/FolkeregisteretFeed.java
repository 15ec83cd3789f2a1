package no.lifecase.register.folkeregisteret;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Set;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.trigger.FeedCursor;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.FeedPage;
import no.lifecase.trigger.FeedSource;
import no.lifecase.trigger.RegisterFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Folkeregisteret's hendelsesliste as a feed of life events. The cursor is the next sekvensnummer to read.
 * A fresh installation starts after the last event the register has, not at its first event ever, unless
 * {@code lifecase.feeds.folkeregisteret.first-sequence} says where.
 * {@code personErOpprettet} also announces immigrants and D-numbers; it is marked as a birth when the person
 * document of that event (person-basis) shows a birth in the last 30 days. A mother's {@code endringIFamilierelasjon}
 * that registers a stillborn child in the last 30 days is marked as a stillbirth.
 */
@Component
public class FolkeregisteretFeed implements FeedSource {

    /** A person created with a birth this many days back counts as a newborn (docs/adr/0009). */
    public static final int NEWBORN_DAYS = 30;

    static final String PERSON_CREATED = "personErOpprettet";
    static final String RELATIONS_CHANGED = "endringIFamilierelasjon";

    private final FolkeregisteretClient folkeregisteret;
    private final Long firstSequence;

    /**
     * @param firstSequence where a fresh installation starts reading; unset, it starts after the register's
     *                      last event. The embedded default sets 1, so the demo misses no event of the day.
     */
    FolkeregisteretFeed(FolkeregisteretClient folkeregisteret,
                        @Value("${lifecase.feeds.folkeregisteret.first-sequence:#{null}}") Long firstSequence) {
        this.folkeregisteret = folkeregisteret;
        this.firstSequence = firstSequence;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.FOLKEREGISTERET;
    }

    @Override
    public FeedPage fetch(FeedCursor cursor) {
        try {
            long from = cursor.isAtStart() ? firstSequence() : Long.parseLong(cursor.position());
            var page = folkeregisteret.feed(from, cursor.etag());
            if (page.notModified()) {
                return FeedPage.notModified();
            }
            var events = new ArrayList<FeedEvent>();
            long next = from;
            for (var entry : page.entries()) {
                events.add(eventOf(entry));
                next = Math.max(next, entry.sekvensnummer() + 1);
            }
            return FeedPage.of(events, String.valueOf(next), page.etag()).withEventsAfter(eventsAfter(page.entries().size(), next));
        } catch (RegisterUnavailable e) {
            if (e.retryAfter().isPresent()) {
                return FeedPage.retryAfter(e.retryAfter().get());
            }
            throw e;
        }
    }

    /**
     * A page shorter than the register's page size is its end. After a full page the register is asked for its last
     * sequence number, so the feed's lag in events is known while it catches up (docs/adr/0048).
     */
    private long eventsAfter(int onThisPage, long next) {
        if (onThisPage < FolkeregisteretClient.FEED_PAGE_SIZE) {
            return 0;
        }
        return Math.max(0, folkeregisteret.lastSequenceNumber() - next + 1);
    }

    private long firstSequence() {
        return firstSequence != null ? firstSequence : folkeregisteret.lastSequenceNumber() + 1;
    }

    private FeedEvent eventOf(FeedEntry entry) {
        var event = entry.hendelse();
        var attributes = new HashMap<String, String>();
        if (PERSON_CREATED.equals(event.hendelsetype()) && isNewborn(event)) {
            attributes.put(FeedEvent.NEWBORN, "true");
        }
        if (RELATIONS_CHANGED.equals(event.hendelsetype()) && isStillbirth(event)) {
            attributes.put(FeedEvent.STILLBIRTH, "true");
        }
        return new FeedEvent(String.valueOf(entry.sekvensnummer()), event.hendelsetype(), event.folkeregisteridentifikator(), attributes);
    }

    private boolean isNewborn(FeedEntry.Hendelse event) {
        if (event.persondokument() == null) {
            return false;
        }
        return folkeregisteret.personAsOf(event.persondokument())
                .flatMap(Folkeregisterperson::birthDate)
                .map(born -> !born.isBefore(dayOf(event).minusDays(NEWBORN_DAYS)))
                .orElse(false);
    }

    /** A mother's relations changed because a stillborn child was registered on her in the last days. */
    private boolean isStillbirth(FeedEntry.Hendelse event) {
        return event.persondokument() != null && folkeregisteret.personAsOf(event.persondokument(), Set.of(Part.RELASJON_UTVIDET))
                .map(mother -> mother.hasStillbirthSince(dayOf(event).minusDays(NEWBORN_DAYS)))
                .orElse(false);
    }

    private static LocalDate dayOf(FeedEntry.Hendelse event) {
        return event.ajourholdstidspunkt() == null ? LocalDate.now() : event.ajourholdstidspunkt().toLocalDate();
    }
}
