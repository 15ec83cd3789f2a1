package no.lifecase.register.krr;

import static org.assertj.core.api.Assertions.assertThat;

import no.lifecase.register.krr.KrrPerson.Kontaktinformasjon;
import no.lifecase.register.krr.KrrPerson.Reservasjon;
import no.lifecase.register.krr.KrrPerson.Status;
import no.lifecase.register.krr.KrrPerson.Varslingsstatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule of docs/domain.md#krr-and-digital-letters: digital only for the active, unreserved and notifiable. */
class ContactChannelTest {

    private static final Kontaktinformasjon EMAIL = new Kontaktinformasjon("a@example.no", null, null, null, null, null);
    private static final Kontaktinformasjon MOBILE = new Kontaktinformasjon(null, null, null, "+4799999901", null, null);
    private static final Kontaktinformasjon BLANK = new Kontaktinformasjon(" ", null, null, "", null, null);

    @Test
    void an_active_unreserved_notifiable_person_with_an_email_address_is_digital() {
        assertThat(ContactChannel.of(person(Status.AKTIV, Reservasjon.NEI, Varslingsstatus.KAN_VARSLES, EMAIL)))
                .isEqualTo(ContactChannel.DIGITAL);
    }

    @Test
    void a_mobile_number_is_enough() {
        assertThat(ContactChannel.of(person(Status.AKTIV, Reservasjon.NEI, Varslingsstatus.KAN_VARSLES, MOBILE)))
                .isEqualTo(ContactChannel.DIGITAL);
    }

    @ParameterizedTest(name = "{0} / {1} / {2} / contact info: {3}")
    @CsvSource(nullValues = "null", value = {
            "AKTIV, JA, KAN_VARSLES, true",                 // reserved (eForvaltningsforskriften § 15 a)
            "AKTIV, JA, KAN_IKKE_VARSLES, true",
            "AKTIV, NEI, KAN_IKKE_VARSLES, true",            // details older than 18 months
            "AKTIV, NEI, KAN_VARSLES, false",                // no contact information
            "SLETTET, NEI, KAN_VARSLES, true",
            "IKKE_REGISTRERT, null, KAN_IKKE_VARSLES, false",
            "AKTIV, null, KAN_VARSLES, true",                // a reservation value we did not recognise
            "AKTIV, NEI, null, true",
            "null, NEI, KAN_VARSLES, true",
    })
    void everyone_else_gets_paper(Status status, Reservasjon reservasjon, Varslingsstatus varslingsstatus, boolean contactInfo) {
        assertThat(ContactChannel.of(person(status, reservasjon, varslingsstatus, contactInfo ? EMAIL : null)))
                .isEqualTo(ContactChannel.PAPER);
    }

    @Test
    void blank_contact_details_are_no_contact_details() {
        assertThat(ContactChannel.of(person(Status.AKTIV, Reservasjon.NEI, Varslingsstatus.KAN_VARSLES, BLANK)))
                .isEqualTo(ContactChannel.PAPER);
    }

    @Test
    void a_person_krr_did_not_answer_for_gets_paper() {
        assertThat(ContactChannel.of(null)).isEqualTo(ContactChannel.PAPER);
    }

    private static KrrPerson person(Status status, Reservasjon reservasjon, Varslingsstatus varslingsstatus,
                                    Kontaktinformasjon contactInfo) {
        return new KrrPerson("13857548595", reservasjon, null, status, varslingsstatus, contactInfo, null, "nb");
    }
}
