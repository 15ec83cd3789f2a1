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
 * death-and-inheritance case. A board member acts in the case of their organisation, and in that case only
 * ({@link #casesActedInBy}). Running and finished cases count alike (the history holds both).
 * See docs/adr/0014-representation-from-the-case.md.
 */
@Component
class RepresentationFromTheCase implements Representation {

    private static final Logger log = LoggerFactory.getLogger(RepresentationFromTheCase.class);

    /** Per life event (process id), the process variables that name the people who act for its subject. */
    static final Map<String, List<String>> REPRESENTATIVES = Map.of(
            "having-a-child", List.of("parentsWithResponsibility", "motherId"),
            "death-and-inheritance", List.of("heirs"),
            "seriously-ill-child", List.of("parentsWithResponsibility"),
            // Board members (or the owner of a sole proprietorship) act in the case of their organisation.
            "starting-a-business", List.of("boardMembers"),
            "starting-a-voluntary-organisation", List.of("boardMembers"));

    /**
     * Life events whose representatives act in that one case only: a board member acts for the organisation, not for
     * the founder whose case it is today, so the founder's other cases stay closed to them.
     */
    static final Set<String> THIS_CASE_ONLY = Set.of("starting-a-business", "starting-a-voluntary-organisation");

    /** The process variable that names a case's subject (CaseService.SUBJECT). */
    static final String SUBJECT = "subject";

    private final HistoryService history;

    RepresentationFromTheCase(HistoryService history) {
        this.history = history;
    }

    @Override
    public Set<Fodselsnummer> representedBy(Fodselsnummer person) {
        var instances = instancesNaming(person, false);
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

    @Override
    public Set<String> casesActedInBy(Fodselsnummer person) {
        var instances = instancesNaming(person, true);
        if (instances.isEmpty()) {
            return Set.of();
        }
        var references = new HashSet<String>();
        history.createHistoricProcessInstanceQuery()
                .processInstanceIds(instances)
                .list()
                .forEach(instance -> references.add(instance.getBusinessKey()));
        return Set.copyOf(references);
    }

    /** The process instances whose representatives' variables name the person, of the one kind of life event or the other. */
    private Set<String> instancesNaming(Fodselsnummer person, boolean thisCaseOnly) {
        var instances = new HashSet<String>();
        REPRESENTATIVES.entrySet().stream()
                .filter(entry -> THIS_CASE_ONLY.contains(entry.getKey()) == thisCaseOnly)
                .forEach(entry -> history.createHistoricVariableInstanceQuery()
                        .processDefinitionKey(entry.getKey())
                        .variableNameIn(entry.getValue().toArray(String[]::new))
                        .list().stream()
                        .filter(variable -> names(variable).contains(person))
                        .forEach(variable -> instances.add(variable.getProcessInstanceId())));
        return instances;
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
