package no.lifecase.register.enhetsregisteret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The roles of a unit, as {@code GET /enheter/{orgnr}/roller} returns them (docs/domain.md#enhetsregisteret): groups
 * (Styre, Daglig leder, Innehaver, ...) of roles held by a person or by another unit.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Roller(List<Rollegruppe> rollegrupper) {

    public Roller {
        rollegrupper = rollegrupper == null ? List.of() : List.copyOf(rollegrupper);
    }

    public static Roller none() {
        return new Roller(List.of());
    }

    /**
     * Whose case a new unit's life event is: the owner of an ENK or the general manager, else the chair of the board;
     * empty when the register names neither with a fødselsnummer.
     */
    public Optional<String> founder() {
        return heldByPersons(RoleType.INNEHAVER, RoleType.DAGLIG_LEDER).stream()
                .map(role -> role.person().fodselsnummer())
                .filter(id -> id != null)
                .findFirst()
                .or(() -> heldByPersons(RoleType.STYRELEDER).stream()
                        .map(role -> role.person().fodselsnummer()).filter(id -> id != null).findFirst());
    }

    /** The current roles of these types held by living persons, in the register's order. */
    public List<Rolle> heldByPersons(RoleType... types) {
        var wanted = Arrays.stream(types).map(RoleType::kode).toList();
        return rollegrupper.stream()
                .flatMap(group -> group.roller().stream())
                .filter(rolle -> rolle.type() != null && wanted.contains(rolle.type().kode()))
                .filter(Rolle::isCurrent)
                .filter(rolle -> rolle.person() != null && !rolle.person().erDoed())
                .toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rollegruppe(Kode type, LocalDate sistEndret, List<Rolle> roller) {

        public Rollegruppe {
            roller = roller == null ? List.of() : List.copyOf(roller);
        }
    }

    /**
     * One role. Either {@code person} or {@code enhet} holds it.
     *
     * @param avregistrert the role is no longer registered
     * @param fratraadt    the holder has stepped down
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rolle(Kode type, Person person, RolleEnhet enhet, Kode valgtAv, boolean avregistrert,
                        boolean fratraadt, Integer rekkefolge) {

        boolean isCurrent() {
            return !avregistrert && !fratraadt;
        }
    }

    /**
     * A person holding a role. The open API gives the birth date and name; the authorised API
     * ({@code /autorisert-api/enheter/{orgnr}/roller}, Maskinporten) adds the fødselsnummer.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Person(String fodselsnummer, LocalDate fodselsdato, Navn navn, boolean erDoed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Navn(String fornavn, String mellomnavn, String etternavn) {
    }

    /** A unit holding a role, e.g. the auditor (REVI) or accountant (REGN). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RolleEnhet(String organisasjonsnummer, Kode organisasjonsform, List<String> navn) {
    }
}
