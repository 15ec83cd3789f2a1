package no.lifecase.simulator.krr;

/** The kinds of answer the simulated KRR gives about a person (docs/domain.md#krr-and-digital-letters). */
public enum ContactProfile {
    /** Active, not reserved, fresh contact details: KAN_VARSLES. */
    DIGITAL,
    /** reservasjon JA: no digital communication from the public sector. */
    RESERVED,
    /** Active and not reserved, but no e-mail address or mobile number. */
    NO_CONTACT_INFORMATION,
    /** Contact details last confirmed more than 18 months ago: KAN_IKKE_VARSLES. */
    STALE,
    /** KRR has never had the person: status IKKE_REGISTRERT. */
    NOT_REGISTERED,
    /** The entry was deleted, as for the dead: status SLETTET. */
    DELETED
}
