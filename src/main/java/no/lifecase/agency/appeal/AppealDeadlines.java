package no.lifecase.agency.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.lifecase.agency.documents.CitizenDocument;
import org.springframework.stereotype.Component;

/**
 * The appeal deadline of a decision (docs/adr/0056): six weeks for Nav's decisions (folketrygdloven § 21-12, which
 * barnetrygdloven § 15 applies to child benefit), three weeks for every other agency's (forvaltningsloven § 29), from
 * the day the decision reached the citizen, taken as the day it was sent to the digital mailbox.
 */
@Component
public class AppealDeadlines {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    static final int NAV_WEEKS = 6;
    static final int ADMINISTRATIVE_WEEKS = 3;

    /** The last day an appeal is in time. */
    public LocalDate of(CitizenDocument decision) {
        return of(decision.senderAgency(), decision.sentAt());
    }

    LocalDate of(String decidingAgency, Instant sentAt) {
        var weeks = AppealBodies.NAV.equals(decidingAgency) ? NAV_WEEKS : ADMINISTRATIVE_WEEKS;
        return LocalDate.ofInstant(sentAt, NORWAY).plusWeeks(weeks);
    }

    /** Late only after the last day: an appeal on the deadline itself is in time. */
    public boolean isLate(CitizenDocument decision, LocalDate received) {
        return received.isAfter(of(decision));
    }
}
