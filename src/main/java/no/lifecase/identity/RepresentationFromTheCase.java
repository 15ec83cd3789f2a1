package no.lifecase.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Representation read from what the cases already know, without asking a register again: a life event's process
 * stores who may act for its subject when it reads the family from Folkeregisteret. A parent with parental
 * responsibility (or the mother) acts for the child of a having-a-child case; an heir acts for the deceased of a
 * death-and-inheritance case. Running and finished cases count alike (the history holds both).
 * See docs/adr/0014-representation-from-the-case.md.
 */
@Component
class RepresentationFromTheCase implements Representation {

    private static final Logger log = LoggerFactory.getLogger(RepresentationFromTheCase.class);

    /** Per life event (process id), the process variables that name the people who act for its subject. */
    static final Map<String, List<String>> REPRESENTATIVES = Map.of(
            "having-a-child", List.of("parentsWithResponsibility", "motherId"),
            "death-and-inheritance", List.of("heirs"),
            "seriously-ill-child", List.of("parentsWithResponsibility"));

    /** The process variable that names a case's subject (CaseService.SUBJECT). */
    static final String SUBJECT = "subject";

    private final HistoryService history;

    RepresentationFromTheCase(HistoryService history) {
        this.history = history;
    }

    @Override
    public Set<Fodselsnummer> representedBy(Fodselsnummer person) {
        var instances = new HashSet<String>();
        REPRESENTATIVES.forEach((process, names) -> history.createHistoricVariableInstanceQuery()
                .processDefinitionKey(process)
                .variableNameIn(names.toArray(String[]::new))
                .list().stream()
                .filter(variable -> names(variable).contains(person))
                .forEach(variable -> instances.add(variable.getProcessInstanceId())));
        if (instances.isEmpty()) {
            return Set.of();
        }
        var subjects = new HashSet<Fodselsnummer>();
        history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances.toArray(String[]::new))
                .variableName(SUBJECT)
                .list()
                .forEach(subject -> subjects.addAll(names(subject)));
        subjects.remove(person);
        return Set.copyOf(subjects);
    }

    /** The people a variable names; a variable that names nobody valid names nobody (and is logged, not thrown). */
    private static List<Fodselsnummer> names(HistoricVariableInstance variable) {
        try {
            return IdentityNumberList.parse(variable.getValue(), variable.getName());
        } catch (RuntimeException e) {
            log.warn("Variable {} of process instance {} names no valid person; ignored for representation",
                    variable.getName(), variable.getProcessInstanceId());
            return List.of();
        }
    }
}
