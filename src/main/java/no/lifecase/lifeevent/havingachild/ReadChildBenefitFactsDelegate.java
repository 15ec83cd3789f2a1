package no.lifecase.lifeevent.havingachild;

import java.util.Optional;
import java.util.Set;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.havingachild.HavingAChild.Variable;
import no.lifecase.register.folkeregisteret.PersonLookup;
import no.lifecase.register.folkeregisteret.PersonNotFound;
import no.lifecase.register.folkeregisteret.Residence;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads from Folkeregisteret what the child-benefit rules need besides the family (decision child-benefit): whether the
 * child was born abroad, whether the mother is registered as resident in Norway and whether a parent with parental
 * responsibility is a citizen of another EEA country. Each read is logged on the case. A fact the register cannot give
 * (no mother) is left out, so the rules send the case to a caseworker rather than guess.
 */
@Component(HavingAChild.Delegate.READ_CHILD_BENEFIT_FACTS)
class ReadChildBenefitFactsDelegate implements JavaDelegate {

    /**
     * The EEA states other than Norway (the EU, Iceland, Liechtenstein) and Switzerland, whose citizens' child benefit
     * may be decided under the EEA rules on which country pays (ISO 3166 alpha-3). UNVERIFIED: citizenship is only a sign
     * of an EEA connection; work or residence in another EEA state is what counts (docs/adr/0055).
     */
    static final Set<String> OTHER_EEA_STATES = Set.of("AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU",
            "GRC", "HUN", "IRL", "ITA", "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE", "ISL",
            "LIE", "CHE");

    private final PersonLookup persons;

    ReadChildBenefitFactsDelegate(PersonLookup persons) {
        this.persons = persons;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var child = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        execution.setVariable(Variable.CHILD_BORN_ABROAD, persons.residence(child, caseReference).bornAbroad());
        var mother = execution.getVariable(Variable.MOTHER_ID) instanceof String id && Fodselsnummer.isValid(id)
                ? residence(Fodselsnummer.parse(id), caseReference) : Optional.<Residence>empty();
        setOrRemove(execution, Variable.MOTHER_RESIDENT, mother.map(Residence::resident));

        var parents = IdentityNumberList.parse(execution.getVariable(Variable.PARENTS_WITH_RESPONSIBILITY),
                Variable.PARENTS_WITH_RESPONSIBILITY).stream().map(parent -> residence(parent, caseReference)).toList();
        var eeaCitizen = parents.isEmpty() || parents.stream().anyMatch(Optional::isEmpty) ? Optional.<Boolean>empty()
                : Optional.of(parents.stream().flatMap(Optional::stream)
                        .anyMatch(parent -> parent.citizenships().stream().anyMatch(OTHER_EEA_STATES::contains)));
        setOrRemove(execution, Variable.ANY_PARENT_EEA_CITIZEN, eeaCitizen);
    }

    /** A parent the register does not know is a fact the rules lack, not a reason to stop the case. */
    private Optional<Residence> residence(Fodselsnummer person, CaseReference caseReference) {
        try {
            return Optional.of(persons.residence(person, caseReference));
        } catch (PersonNotFound unknown) {
            return Optional.empty();
        }
    }

    private static void setOrRemove(DelegateExecution execution, String variable, Optional<Boolean> value) {
        if (value.isPresent()) {
            execution.setVariable(variable, value.get());
        } else {
            execution.removeVariable(variable);
        }
    }
}
