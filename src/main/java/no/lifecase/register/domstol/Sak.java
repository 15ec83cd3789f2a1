package no.lifecase.register.domstol;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A death case (dødsfallsak) at a district court, as {@code GET /objects/{uuid}} returns it
 * (docs/domain.md#courts-estate-feed). The courts' published spec and their test data differ in a few names
 * ({@code avdoede}/{@code avdode}, {@code embeteId}/{@code embete}); both spellings are read.
 *
 * @param avdode       the deceased's fødselsnummer or D-number
 * @param embete       the court's name, e.g. "Oslo tingrett"; {@code embeteId} its code, e.g. TOSL
 * @param resultatType the legal basis of the result, e.g. PRIVAT_SKIFTE_IHT_ARVELOVEN_PARAGRAF_99
 * @param skifteattest the certificate that lets the heirs take over, once the court has issued it
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Sak(
        UUID sakId,
        String saksnummer,
        @JsonAlias("avdoede") String avdode,
        String embete,
        String embeteId,
        Status status,
        List<Part> parter,
        @JsonDeserialize(using = DateOrDateTime.class) LocalDate receivedDate,
        @JsonDeserialize(using = DateOrDateTime.class) LocalDate deadlineDate,
        Skifteform skifteform,
        String resultatType,
        Skifteattest skifteattest,
        Boolean erAnnullert) {

    public Sak {
        parter = parter == null ? List.of() : List.copyOf(parter);
        skifteform = skifteform == null ? Skifteform.UNDECIDED : skifteform;
    }

    /**
     * The heirs who took over the estate: those named on the skifteattest, or none before it is issued. Only persons
     * with an identity number; heirs the court knows on paper only ({@code PersonPapp}) and companies are left out.
     */
    public List<String> heirsWhoTookOver() {
        if (skifteattest == null) {
            return List.of();
        }
        return skifteattest.arvinger().stream()
                .filter(Part::isPerson)
                .map(Part::nin)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** MOTTATT: received; FERDIGBEHANDLET: decided; FEILFORT: registered by mistake. */
    public enum Status {
        MOTTATT, FERDIGBEHANDLET, FEILFORT, UKJENT;

        @JsonCreator
        static Status of(String value) {
            return Arrays.stream(values()).filter(status -> status.name().equals(value)).findFirst().orElse(UKJENT);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Skifteattest(List<Part> arvinger, String resultat) {

        public Skifteattest {
            arvinger = arvinger == null ? List.of() : List.copyOf(arvinger);
        }
    }
}
