package no.lifecase.casefile;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the index {@link RepresentationFromTheCase} reads: whenever a process sets one of its representative variables
 * (the {@link CaseType#representatives()} of its life event), the people it names are written to {@code case_representative},
 * in the engine's transaction. It listens to the engine's variable history events, which every history level from
 * "audit" up produces; a removed variable leaves its rows, as finished cases keep their representatives.
 */
@Component
class CaseRepresentatives extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(CaseRepresentatives.class);

    private final JdbcTemplate jdbc;
    private final ObjectProvider<CaseTypes> caseTypes;

    /** The life events are looked up on the first variable, not while the engine is being built. */
    CaseRepresentatives(JdbcTemplate jdbc, ObjectProvider<CaseTypes> caseTypes) {
        this.jdbc = jdbc;
        this.caseTypes = caseTypes;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        var handlers = new ArrayList<HistoryEventHandler>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Handler());
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    private class Handler implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!(event instanceof HistoricVariableUpdateEventEntity variable)
                    || !(event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_CREATE)
                            || event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE))) {
                return;
            }
            var representatives = caseTypes.getObject().find(variable.getProcessDefinitionKey())
                    .map(CaseType::representatives).orElse(Representatives.NONE);
            if (!representatives.variables().contains(variable.getVariableName())) {
                return;
            }
            var instance = Context.getCommandContext().getDbEntityManager()
                    .selectById(VariableInstanceEntity.class, variable.getVariableInstanceId());
            if (instance == null) {
                return;
            }
            record(variable.getProcessInstanceId(), variable.getVariableName(), representatives(instance.getValue(), variable),
                    representatives.thisCaseOnly());
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }

    private void record(String processInstanceId, String variableName, List<Fodselsnummer> people, boolean thisCaseOnly) {
        jdbc.update("delete from case_representative where process_instance_id = ? and variable_name = ?", processInstanceId, variableName);
        people.stream().distinct().forEach(person -> jdbc.update(
                "insert into case_representative (process_instance_id, variable_name, representative, this_case_only) values (?, ?, ?, ?)",
                processInstanceId, variableName, person.value(), thisCaseOnly));
    }

    /** The people a variable names; a variable that names nobody valid names nobody (and is logged, not thrown). */
    private static List<Fodselsnummer> representatives(Object value, HistoricVariableUpdateEventEntity variable) {
        if (value == null) {
            return List.of();
        }
        try {
            return IdentityNumberList.parse(value, variable.getVariableName());
        } catch (RuntimeException e) {
            log.warn("Variable {} of process instance {} names no valid person; ignored for representation",
                    variable.getVariableName(), variable.getProcessInstanceId());
            return List.of();
        }
    }
}
