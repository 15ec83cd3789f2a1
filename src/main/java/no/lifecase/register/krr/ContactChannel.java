package no.lifecase.register.krr;

import no.lifecase.register.krr.KrrPerson.Reservasjon;
import no.lifecase.register.krr.KrrPerson.Status;
import no.lifecase.register.krr.KrrPerson.Varslingsstatus;

/** How an agency may reach a person: digitally, or by a letter on paper. */
public enum ContactChannel {
    DIGITAL,
    PAPER;

    /**
     * A letter goes by post when reservasjon=JA or KAN_IKKE_VARSLES (docs/domain.md#krr-and-digital-letters):
     * reservasjon=JA means the agency must not communicate digitally (eForvaltningsforskriften § 15 a), and
     * KAN_IKKE_VARSLES covers stale details (older than 18 months) and persons reserved, deleted or not registered. So
     * only an active, unreserved person who can be notified, at an e-mail address or mobile number, is digital;
     * anything KRR did not answer, or answered with a value we do not know, is paper.
     */
    public static ContactChannel of(KrrPerson person) {
        if (person == null) {
            return PAPER;
        }
        boolean digital = person.status() == Status.AKTIV
                && person.reservasjon() == Reservasjon.NEI
                && person.varslingsstatus() == Varslingsstatus.KAN_VARSLES
                && person.hasContactInformation();
        return digital ? DIGITAL : PAPER;
    }
}
