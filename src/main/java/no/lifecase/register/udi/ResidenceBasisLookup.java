package no.lifecase.register.udi;

import java.util.List;
import java.util.Map;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.stereotype.Service;

/**
 * The basis of a newcomer's residence, in the words of the new-in-norway model ({@code refugee},
 * {@code family-reunification}, {@code work}, {@code study}, {@code eu-eea}, {@code unknown}), read from UDI and logged
 * on the case. Folkeregisteret's {@code opphold} only says temporary or permanent, not why
 * (docs/domain.md#folkeregisteret).
 */
@Service
public class ResidenceBasisLookup {

    public static final String UNKNOWN = "unknown";

    private static final Map<String, String> BASES = Map.of(
            "beskyttelse", "refugee",
            "familieinnvandring", "family-reunification",
            "arbeid", "work",
            "studier", "study",
            "eoesRegistrering", "eu-eea");

    private final UdiClient udi;
    private final DataAccessLog accessLog;

    ResidenceBasisLookup(UdiClient udi, DataAccessLog accessLog) {
        this.udi = udi;
        this.accessLog = accessLog;
    }

    public String of(Fodselsnummer person, CaseReference caseReference) {
        var answer = udi.residenceBasis(person);
        accessLog.record(caseReference, UdiClient.REGISTER, AccessPurpose.RESIDENCE_BASIS, person.value(), List.of("oppholdsgrunnlag"));
        return answer.map(Oppholdsgrunnlag::oppholdsgrunnlag).map(basis -> BASES.getOrDefault(basis, UNKNOWN)).orElse(UNKNOWN);
    }
}
