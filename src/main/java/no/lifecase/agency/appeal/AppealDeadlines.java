package no.lifecase.agency.appeal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import no.lifecase.agency.documents.AppealPeriod;
import no.lifecase.agency.documents.CitizenDocument;
import org.springframework.stereotype.Component;

/** The appeal deadline of a decision in the inbox: the same one its letter states ({@link AppealPeriod}). */
@Component
public class AppealDeadlines {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** The last day an appeal is in time. */
    public LocalDate of(CitizenDocument decision) {
        return of(decision.senderAgency(), decision.sentAt());
    }

    LocalDate of(String decidingAgency, Instant sentAt) {
        return AppealPeriod.of(decidingAgency).lastDay(sentAt);
    }

    /** Late only after the last day: an appeal on the deadline itself is in time. */
    public boolean isLate(CitizenDocument decision, LocalDate received) {
        return received.isAfter(of(decision));
    }
}
