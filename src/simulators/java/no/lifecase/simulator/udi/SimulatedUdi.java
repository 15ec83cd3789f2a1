package no.lifecase.simulator.udi;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * The residence bases UDI holds, for the people the immigration scenario brings to Norway. The seeded population
 * has none: UDI answers 404 for them, as it would for anyone it never decided on.
 */
@Service
@Profile("simulators")
public class SimulatedUdi {

    /** UDI's word for the basis, as {@code /oppholdsgrunnlag} answers it. */
    public enum Basis {
        BESKYTTELSE("beskyttelse", "refugee"),
        FAMILIEINNVANDRING("familieinnvandring", "family-reunification"),
        ARBEID("arbeid", "work"),
        STUDIER("studier", "study"),
        EOES_REGISTRERING("eoesRegistrering", "eu-eea");

        private final String code;
        private final String scenarioName;

        Basis(String code, String scenarioName) {
            this.code = code;
            this.scenarioName = scenarioName;
        }

        public String code() {
            return code;
        }

        /** The scenario's name for it: refugee, family-reunification, work, study or eu-eea. */
        public static Basis ofScenarioName(String name) {
            for (var basis : values()) {
                if (basis.scenarioName.equals(name)) {
                    return basis;
                }
            }
            throw new IllegalArgumentException("residenceBasis must be refugee, family-reunification, work, study or eu-eea");
        }
    }

    public record Decision(Basis basis, LocalDate decided) {
    }

    private final Map<String, Decision> decisions = new ConcurrentHashMap<>();

    public void decide(String identityNumber, Basis basis, LocalDate decided) {
        decisions.put(identityNumber, new Decision(basis, decided));
    }

    /** The decision follows the person to a new number (a D-number replaced by a fødselsnummer). */
    public void renumber(String oldNumber, String newNumber) {
        var decision = decisions.get(oldNumber);
        if (decision != null) {
            decisions.put(newNumber, decision);
        }
    }

    public Optional<Decision> of(String identityNumber) {
        return Optional.ofNullable(decisions.get(identityNumber));
    }
}
