package no.lifecase.register.domstol;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.trigger.FeedCursor;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.FeedPage;
import no.lifecase.trigger.FeedSource;
import no.lifecase.trigger.RegisterFeed;
import org.springframework.stereotype.Component;

/**
 * The courts' estate-case feed as a feed of life events. The cursor is the time of the latest event read; the
 * feed answers from that time inclusive, so the last event comes again and is recognised by its id. Each
 * event's estate case is fetched for the deceased, its status and the form of settlement.
 */
@Component
class DomstolFeed implements FeedSource {

    private static final int PAGE_SIZE = 100;

    private final DomstolClient courts;

    DomstolFeed(DomstolClient courts) {
        this.courts = courts;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.DOMSTOL;
    }

    @Override
    public FeedPage fetch(FeedCursor cursor) {
        try {
            int limit = cursor.isAtStart() ? DomstolClient.DEFAULT_LIMIT : PAGE_SIZE;
            var list = cursor.isAtStart() ? courts.events() : courts.events(OffsetDateTime.parse(cursor.position()), PAGE_SIZE);
            var events = new ArrayList<FeedEvent>();
            for (var event : list.events()) {
                var attributes = new HashMap<String, String>();
                String deceased = null;
                var sak = event.sakId().flatMap(courts::sak);
                if (sak.isPresent()) {
                    deceased = sak.get().avdode();
                    if (sak.get().status() != null) {
                        attributes.put(FeedEvent.COURT_CASE_STATUS, sak.get().status().name());
                    }
                    if (!sak.get().heirsWhoTookOver().isEmpty()) {
                        attributes.put(FeedEvent.HEIRS, String.join(",", sak.get().heirsWhoTookOver()));
                    }
                    if (sak.get().skifteform() != null) {
                        attributes.put(FeedEvent.SKIFTEFORM, sak.get().skifteform().code());
                    }
                }
                events.add(new FeedEvent(event.id(), event.type(), deceased, attributes));
            }
            var next = list.latestTime().map(OffsetDateTime::toString).orElse(cursor.position());
            var page = FeedPage.of(events, next, null);
            // The courts do not say how many events come after a full page; one that is not full is their end (docs/adr/0048).
            return list.patches().size() < limit ? page.withEventsAfter(0) : page;
        } catch (RegisterUnavailable e) {
            if (e.retryAfter().isPresent()) {
                return FeedPage.retryAfter(e.retryAfter().get());
            }
            throw e;
        }
    }
}
