package no.lifecase.lifeevent.decisions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.lifeevent.startingabusiness.StartingABusiness;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisation;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The decisions of starting-a-business and starting-a-voluntary-organisation, evaluated by the in-memory engine
 * against the test cases in {@code decisions/<decision>-cases.csv} (an empty cell is a variable that is absent,
 * or an expected null). Every rule of every table must be matched by some case.
 */
@Deployment(resources = {"no/lifecase/lifeevent/startingabusiness/decisions/business-roles.dmn", "no/lifecase/lifeevent/startingabusiness/decisions/vat-registration.dmn",
        "no/lifecase/lifeevent/startingabusiness/decisions/business-agency-routing.dmn", "no/lifecase/lifeevent/startingavoluntaryorganisation/decisions/voluntary-schemes.dmn"})
class OrganisationDecisionsTest {

    private static final Map<String, Set<String>> MATCHED_RULES = new HashMap<>();

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("process-test.cfg.xml").build();

    @ParameterizedTest(name = "{6}")
    @CsvFileSource(resources = "/decisions/business-roles-cases.csv", numLinesToSkip = 1)
    void names_the_first_missing_role(String organisationForm, Boolean hasOwner, Boolean hasBoard, Boolean hasGeneralManager,
            Boolean hasContactPerson, String expected, String description) {
        var variables = variables("organisationForm", organisationForm, "hasOwner", hasOwner, "hasBoard", hasBoard,
                "hasGeneralManager", hasGeneralManager, "hasContactPerson", hasContactPerson);

        assertThat((String) evaluate(StartingABusiness.Decision.ROLES, variables).getSingleEntry()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{3}")
    @CsvFileSource(resources = "/decisions/vat-registration-cases.csv", numLinesToSkip = 1)
    void decides_whether_the_business_must_register_for_vat(Boolean vatRegistered, Long expectedTurnover, String expected,
            String description) {
        var variables = variables("vatRegistered", vatRegistered, "expectedTurnover", expectedTurnover);

        assertThat((String) evaluate(StartingABusiness.Decision.VAT_REGISTRATION, variables).getSingleEntry()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{5}")
    @CsvFileSource(resources = "/decisions/business-agency-routing-cases.csv", numLinesToSkip = 1)
    void routes_the_business_to_its_agencies(String businessMunicipality, String roleFollowUp, String vat, String employer,
            String advice, String description) {
        var result = evaluate(StartingABusiness.Decision.AGENCY_ROUTING, variables("businessMunicipality", businessMunicipality))
                .getSingleResult();

        assertThat(result.<String>getEntry("roleFollowUpAgency")).isEqualTo(roleFollowUp);
        assertThat(result.<String>getEntry("vatAgency")).isEqualTo(vat);
        assertThat(result.<String>getEntry("employerAgency")).isEqualTo(employer);
        assertThat(result.<String>getEntry("adviceAgency")).isEqualTo(advice);
    }

    @ParameterizedTest(name = "{6}")
    @CsvFileSource(resources = "/decisions/voluntary-schemes-cases.csv", numLinesToSkip = 1)
    void offers_the_schemes_the_organisation_can_use(Boolean registered, Boolean takesPart, String answer, String letter,
            String grasrotandelAgency, String vatCompensationAgency, String description) {
        var result = evaluate(StartingAVoluntaryOrganisation.Decision.SCHEMES, variables(
                "registeredInFrivillighetsregisteret", registered, "takesPartInGrasrotandel", takesPart, "registrationAnswer", answer))
                .getSingleResult();

        assertThat(result.<String>getEntry("schemeLetter")).isEqualTo(letter);
        assertThat(result.<String>getEntry("grasrotandelAgency")).isEqualTo(grasrotandelAgency);
        assertThat(result.<String>getEntry("vatCompensationAgency")).isEqualTo(vatCompensationAgency);
    }

    @AfterAll
    static void every_rule_is_exercised_by_a_test_case() {
        for (var decision : Map.of(StartingABusiness.Decision.ROLES, "business-roles", StartingABusiness.Decision.VAT_REGISTRATION,
                "vat-registration", StartingABusiness.Decision.AGENCY_ROUTING, "business-agency-routing",
                StartingAVoluntaryOrganisation.Decision.SCHEMES, "voluntary-schemes").entrySet()) {
            assertThat(MATCHED_RULES.getOrDefault(decision.getKey(), Set.of())).as(decision.getKey())
                    .containsExactlyInAnyOrderElementsOf(DecisionRules.of(decision.getValue() + ".dmn"));
        }
    }

    private static org.camunda.bpm.dmn.engine.DmnDecisionTableResult evaluate(String decision, Map<String, Object> variables) {
        var result = engine.getDecisionService().evaluateDecisionTableByKey(decision, variables);
        MATCHED_RULES.computeIfAbsent(decision, key -> new TreeSet<>()).addAll(DecisionRules.matchedIn(engine, decision));
        return result;
    }

    /** Name-value pairs; a null value is left out, as a variable the case does not have. */
    private static Map<String, Object> variables(Object... pairs) {
        var variables = new HashMap<String, Object>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                variables.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return variables;
    }
}
