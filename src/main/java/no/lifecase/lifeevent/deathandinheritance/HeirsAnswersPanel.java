package no.lifecase.lifeevent.deathandinheritance;

import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.JointAnswers;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.SettlementForm;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who of the heirs has answered how the estate is settled, by name, on the death case's page (docs/adr/0061). An heir
 * sees every heir's choice, since they decide together; a guardian who answers for a minor heir sees the choices they
 * gave and, for the others, only whether they have answered. Once the court has registered how the estate is settled,
 * the panel says so, and for private settlement that the heirs have the skifteattest and share the estate themselves.
 */
@Component
class HeirsAnswersPanel implements JointAnswers {

    private static final Set<String> DECISIONS_TOLD = Set.of(SettlementForm.PRIVATE, SettlementForm.SMALL_ESTATE,
            SettlementForm.UNDIVIDED, SettlementForm.PUBLIC);

    private final HeirDeclarations declarations;
    private final MessageSource messages;
    private final HistoryService history;

    HeirsAnswersPanel(HeirDeclarations declarations, MessageSource messages, HistoryService history) {
        this.declarations = declarations;
        this.messages = messages;
        this.history = history;
    }

    @Override
    public Optional<Panel> onCase(String caseReference, Fodselsnummer reader, Locale locale) {
        var heirs = declarations.of(caseReference);
        if (heirs.isEmpty()) {
            return Optional.empty();
        }
        boolean readerIsAnHeir = heirs.stream().anyMatch(heir -> heir.heir().equals(reader.value()));
        var answers = heirs.stream().map(heir -> new Answer(heir.name(), status(heir,
                readerIsAnHeir || heir.answeredBy().equals(reader.value()), locale))).toList();
        var intro = courtsDecision(caseReference).map(form -> text("heirs.answers.decided." + form, locale))
                .orElseGet(() -> text("heirs.answers.intro", locale));
        return Optional.of(new Panel(text("heirs.answers.heading", locale), intro, answers));
    }

    /** The form of settlement the court registered, as its feed delivered it to the case; empty until then. */
    private Optional<String> courtsDecision(String caseReference) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(DeathAndInheritance.PROCESS_ID)
                .processInstanceBusinessKey(caseReference).list().stream()
                .max(Comparator.comparing(HistoricProcessInstance::getStartTime))
                .flatMap(death -> history.createHistoricVariableInstanceQuery().processInstanceId(death.getId())
                        .variableName(Variable.SETTLEMENT_FORM).list().stream()
                        .map(variable -> variable.getValue()).filter(String.class::isInstance).map(String.class::cast).findFirst())
                .filter(DECISIONS_TOLD::contains);
    }

    private String status(HeirDeclarations.Heir heir, boolean mayReadTheChoice, Locale locale) {
        if (!heir.answered()) {
            return text("heirs.answers.notYet", locale);
        }
        if (!mayReadTheChoice) {
            return text("heirs.answers.answered", locale);
        }
        var choice = text("heirs.answers.choice." + heir.choice(), locale);
        return heir.takesOnDebts() ? text("heirs.answers.answeredTakingOnDebts", locale, choice)
                : text("heirs.answers.answeredWith", locale, choice);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
