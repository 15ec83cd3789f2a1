package no.lifecase.register.krr;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;

/**
 * One person's entry in Kontakt- og reservasjonsregisteret (docs/domain.md#krr-and-digital-letters). Timestamps stay
 * text: KRR writes offsets like {@code +02}, which {@code OffsetDateTime} does not read, and Lifecase does not need
 * them.
 *
 * @param reservasjon   JA: the person has opted out of digital communication (eForvaltningsforskriften § 15 a)
 * @param digitalPost   mailbox at Digipost or e-Boks; only with scope {@code krr:global/digitalpost.read}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KrrPerson(
        String personidentifikator,
        Reservasjon reservasjon,
        String reservasjonstidspunkt,
        Status status,
        Varslingsstatus varslingsstatus,
        Kontaktinformasjon kontaktinformasjon,
        @JsonProperty("digital_post") @JsonAlias("digitalpost") DigitalPost digitalPost,
        String spraak) {

    public boolean hasContactInformation() {
        return kontaktinformasjon != null && (present(kontaktinformasjon.epostadresse())
                || present(kontaktinformasjon.mobiltelefonnummer()));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Values KRR may add later read as null, which the contact rule treats as "cannot reach digitally". */
    public enum Reservasjon {
        JA, NEI;

        @JsonCreator
        static Reservasjon of(String value) {
            return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst().orElse(null);
        }
    }

    /** IKKE_REGISTRERT: KRR has never had the person; SLETTET: the person's entry was deleted. */
    public enum Status {
        AKTIV, SLETTET, IKKE_REGISTRERT;

        @JsonCreator
        static Status of(String value) {
            return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst().orElse(null);
        }
    }

    /** KAN_IKKE_VARSLES: contact details older than 18 months, or the person is reserved, deleted or not registered. */
    public enum Varslingsstatus {
        KAN_VARSLES, KAN_IKKE_VARSLES;

        @JsonCreator
        static Varslingsstatus of(String value) {
            return Arrays.stream(values()).filter(v -> v.name().equals(value)).findFirst().orElse(null);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Kontaktinformasjon(
            String epostadresse,
            @JsonProperty("epostadresse_oppdatert") String epostadresseOppdatert,
            @JsonProperty("epostadresse_sist_verifisert") String epostadresseSistVerifisert,
            String mobiltelefonnummer,
            @JsonProperty("mobiltelefonnummer_oppdatert") String mobiltelefonnummerOppdatert,
            @JsonProperty("mobiltelefonnummer_sist_verifisert") String mobiltelefonnummerSistVerifisert) {
    }

    /** @param postkasseleverandoeradresse the provider's organisation number (Digipost 984661185, e-Boks 922020175) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record DigitalPost(String postkasseadresse, String postkasseleverandoeradresse) {
    }
}
