package no.lifecase.lifeevent.deathandinheritance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Delegate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.register.folkeregisteret.Family;
import no.lifecase.register.folkeregisteret.FamilyLookup;
import no.lifecase.register.folkeregisteret.PersonCard;
import no.lifecase.register.folkeregisteret.PersonCardLookup;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Before the heirs are asked how the estate is settled: who answers for each heir (the heir, or a minor heir's
 * guardian), which of the deceased's children are not the spouse's (særkullsbarn, whose consent an undivided estate
 * needs), and the empty tally that {@link RecordHeirDeclarationListener} fills in (docs/adr/0061). Every read is
 * logged on the case by {@link FamilyLookup}.
 */
@Component(Delegate.FIND_WHO_DECLARES)
class FindWhoDeclaresDelegate implements JavaDelegate {

    /** Under the guardianship act a person is of age at 18. */
    private static final int AGE_OF_MAJORITY = 18;

    private final FamilyLookup family;
    private final PersonCardLookup people;
    private final HeirDeclarations declarations;
    private final Clock clock;

    FindWhoDeclaresDelegate(FamilyLookup family, PersonCardLookup people, HeirDeclarations declarations, Clock clock) {
        this.family = family;
        this.people = people;
        this.declarations = declarations;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var caseReference = CaseReference.of(execution.getProcessBusinessKey());
        var deceased = Fodselsnummer.parse((String) execution.getVariable(Variable.SUBJECT), Variable.SUBJECT);
        var heirs = IdentityNumberList.parse(execution.getVariable(Variable.HEIRS), Variable.HEIRS);
        var relatives = family.of(deceased, caseReference);

        var spousesChildren = relatives.spouseIdentityNumber()
                .map(spouse -> family.of(Fodselsnummer.parse(spouse), caseReference).children().stream()
                        .map(Family.Child::identityNumber).toList())
                .orElse(List.of());
        var stepchildren = new ArrayList<String>();
        var answerers = new LinkedHashMap<String, String>();
        for (var heir : heirs) {
            var child = relatives.children().stream().filter(c -> c.identityNumber().equals(heir.value())).findFirst();
            if (child.isPresent() && relatives.spouseIdentityNumber().isPresent() && !spousesChildren.contains(heir.value())) {
                stepchildren.add(heir.value());
            }
            answerers.put(heir.value(), child.filter(this::isMinor)
                    .map(minor -> guardianOf(Fodselsnummer.parse(minor.identityNumber()), deceased, caseReference))
                    .orElse(heir.value()));
        }

        // Names for the case page only: they stay in Lifecase's table, never in the process (docs/adr/0061).
        declarations.ask(caseReference.value(), answerers.entrySet().stream().map(answerer -> new HeirDeclarations.Heir(answerer.getKey(),
                people.of(Fodselsnummer.parse(answerer.getKey()), caseReference, false).map(PersonCard::name).orElse(""),
                answerer.getValue(), null, false, null)).toList());
        execution.setVariable(Variable.HEIR_ANSWERERS, json(answerers));
        execution.setVariable(Variable.DECLARING_GUARDIANS, json(answerers.entrySet().stream()
                .filter(answerer -> !answerer.getKey().equals(answerer.getValue())).map(Map.Entry::getValue).distinct().toList()));
        execution.setVariable(Variable.STEPCHILDREN, json(stepchildren));
        execution.setVariable(Variable.HEIRS_YET_TO_ANSWER, json(heirs.stream().map(Fodselsnummer::value).toList()));
        execution.setVariable(Variable.HEIRS_COUNT, heirs.size());
        execution.setVariable(Variable.HEIRS_AGREEING_TO_PRIVATE_SETTLEMENT, 0);
        execution.setVariable(Variable.HEIRS_RENOUNCING, 0);
        execution.setVariable(Variable.HEIRS_TAKING_ON_DEBTS, 0);
        execution.setVariable(Variable.PUBLIC_SETTLEMENT_ASKED, false);
        execution.setVariable(Variable.SPOUSE_CHOSE_UNDIVIDED_ESTATE, false);
        execution.setVariable(Variable.STEPCHILDREN_WITHOUT_CONSENT, stepchildren.size());
        execution.setVariable(Variable.DECLARATION_SIGNERS, json(List.of()));
        execution.setVariable(Variable.DEBT_TAKERS, json(List.of()));
    }

    private boolean isMinor(Family.Child child) {
        return child.birthDate() != null && child.birthDate().plusYears(AGE_OF_MAJORITY).isAfter(LocalDate.now(clock));
    }

    /**
     * The living parent with parental responsibility other than the deceased. With none known, the minor's task stays
     * the minor's own, and the court appoints a guardian in its follow-up (UNVERIFIED; docs/adr/0061).
     */
    private String guardianOf(Fodselsnummer minor, Fodselsnummer deceased, CaseReference caseReference) {
        return family.of(minor, caseReference).parentsWithResponsibility().stream()
                .filter(parent -> !parent.equals(deceased.value()))
                .findFirst().orElse(minor.value());
    }

    /** JSON, not Java serialization: readable in Cockpit, and a list the model can iterate and a map it can read. */
    private static Object json(Object value) {
        return Variables.objectValue(value instanceof Map<?, ?> map ? new LinkedHashMap<>(map) : new ArrayList<>((List<?>) value))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
