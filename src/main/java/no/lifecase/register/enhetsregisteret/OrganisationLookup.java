package no.lifecase.register.enhetsregisteret;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import org.springframework.stereotype.Service;

/** Looks up an organisation and who runs it in Enhetsregisteret, and logs the reads on the case. */
@Service
public class OrganisationLookup {

    static final List<String> UNIT_FIELDS = List.of("organisasjonsform", "antallAnsatte", "registrertIMvaregisteret",
            "registrertIFrivillighetsregisteret", "forretningsadresse.kommunenummer");
    static final List<String> ROLE_FIELDS = List.of("roller.type", "roller.person.fodselsnummer");

    private final EnhetsregisteretClient enhetsregisteret;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;

    OrganisationLookup(EnhetsregisteretClient enhetsregisteret, DataAccessLog accessLog, CasePurpose purpose) {
        this.purpose = purpose;
        this.enhetsregisteret = enhetsregisteret;
        this.accessLog = accessLog;
    }

    /** Empty if the register does not know the organisation, or may no longer show it. */
    public Optional<Organisation> of(Organisasjonsnummer organisasjonsnummer, CaseReference caseReference) {
        var unit = enhetsregisteret.enhet(organisasjonsnummer);
        if (unit.isEmpty()) {
            return Optional.empty();
        }
        var roles = enhetsregisteret.roller(organisasjonsnummer);
        var organisation = organisationFrom(organisasjonsnummer, unit.get(), roles);
        var purpose = this.purpose.of(caseReference);
        accessLog.record(caseReference, EnhetsregisteretClient.REGISTER, purpose, organisasjonsnummer.value(), UNIT_FIELDS);
        accessLog.record(caseReference, EnhetsregisteretClient.REGISTER, purpose, organisasjonsnummer.value(), ROLE_FIELDS);
        return Optional.of(organisation);
    }

    static Organisation organisationFrom(Organisasjonsnummer organisasjonsnummer, Enhet unit, Roller roles) {
        var form = unit.organisasjonsformKode().orElse("");
        var deciders = "ENK".equals(form)
                ? roles.heldByPersons(RoleType.INNEHAVER)
                : roles.heldByPersons(RoleType.STYRELEDER, RoleType.NESTLEDER, RoleType.STYREMEDLEM);
        var boardMembers = deciders.stream()
                .map(role -> role.person().fodselsnummer())
                // The open API leaves out fødselsnummer; only the authorised API gives it.
                .filter(Fodselsnummer::isValid)
                .map(Fodselsnummer::parse)
                .distinct()
                .toList();
        var held = Arrays.stream(RoleType.values()).filter(type -> !roles.heldByPersons(type).isEmpty())
                .collect(Collectors.toSet());
        return new Organisation(organisasjonsnummer, form, unit.hasEmployees(), unit.registrertIMvaregisteret(),
                unit.registrertIFrivillighetsregisteret(), boardMembers, municipalityOf(unit), held);
    }

    /** Where the business is run: the business address, else the postal address. */
    private static String municipalityOf(Enhet unit) {
        return Optional.ofNullable(unit.forretningsadresse()).map(Adresse::kommunenummer)
                .or(() -> Optional.ofNullable(unit.postadresse()).map(Adresse::kommunenummer))
                .orElse(null);
    }
}
