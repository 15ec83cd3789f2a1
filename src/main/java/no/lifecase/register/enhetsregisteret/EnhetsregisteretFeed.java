package no.lifecase.register.enhetsregisteret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.trigger.FeedCursor;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.FeedPage;
import no.lifecase.trigger.FeedSource;
import no.lifecase.trigger.RegisterFeed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Enhetsregisteret's update feed as a feed of life events. The cursor is the next oppdateringsid. A new unit
 * ({@code Ny}) is looked up for its organisation form and the person who gets the case: the owner of an ENK,
 * the general manager or else the chair of anything else.
 */
@Component
class EnhetsregisteretFeed implements FeedSource {

    private static final int PAGE_SIZE = 100;

    private final EnhetsregisteretClient enhetsregisteret;
    private final long firstUpdate;

    /**
     * @param firstUpdate where a fresh installation starts reading: production sets the oppdateringsid of the
     *                    day it goes live, so that years of history do not open cases
     */
    EnhetsregisteretFeed(EnhetsregisteretClient enhetsregisteret,
                         @Value("${lifecase.feeds.enhetsregisteret.first-update:1}") long firstUpdate) {
        this.enhetsregisteret = enhetsregisteret;
        this.firstUpdate = firstUpdate;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.ENHETSREGISTERET;
    }

    @Override
    public FeedPage fetch(FeedCursor cursor) {
        try {
            long from = cursor.isAtStart() ? firstUpdate : Long.parseLong(cursor.position());
            var page = enhetsregisteret.oppdateringer(from, PAGE_SIZE);
            var events = new ArrayList<FeedEvent>();
            for (var update : page.oppdateringer()) {
                events.add(new FeedEvent(String.valueOf(update.oppdateringsid()), update.endringstype().value(),
                        update.organisasjonsnummer(), update.endringstype() == Endringstype.NY ? founding(update.organisasjonsnummer()) : Map.of()));
            }
            long next = page.nesteOppdateringsid().orElse(from);
            var feedPage = FeedPage.of(events, String.valueOf(Math.max(next, from)), null);
            return eventsAfter(page, events.size()).map(feedPage::withEventsAfter).orElse(feedPage);
        } catch (RegisterUnavailable e) {
            if (e.retryAfter().isPresent()) {
                return FeedPage.retryAfter(e.retryAfter().get());
            }
            throw e;
        }
    }

    /**
     * The register counts the updates from the cursor on ({@code page.totalElements}), this page's among them: the rest
     * is the feed's lag in events (docs/adr/0048). Without that count, only a page that is not full shows the end.
     */
    private static Optional<Long> eventsAfter(OppdaterteEnheter page, int onThisPage) {
        if (page.page() != null) {
            return Optional.of(Math.max(0, page.page().totalElements() - onThisPage));
        }
        return onThisPage < PAGE_SIZE ? Optional.of(0L) : Optional.empty();
    }

    private Map<String, String> founding(String organisationNumber) {
        var attributes = new HashMap<String, String>();
        if (!Organisasjonsnummer.isValid(organisationNumber)) {
            return attributes;
        }
        var number = Organisasjonsnummer.parse(organisationNumber);
        enhetsregisteret.enhet(number).flatMap(Enhet::organisasjonsformKode)
                .ifPresent(form -> attributes.put(FeedEvent.ORGANISATION_FORM, form));
        enhetsregisteret.roller(number).founder().ifPresent(founder -> attributes.put(FeedEvent.FOUNDER, founder));
        return attributes;
    }
}
