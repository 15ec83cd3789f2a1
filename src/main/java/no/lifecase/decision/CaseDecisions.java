package no.lifecase.decision;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decisions on each case, automated or not (docs/adr/0055). Decisions are recorded from the models (see
 * {@link DecisionRecording}); everything else reads them here.
 */
@Service
public class CaseDecisions {

    private static final String RULE_SEPARATOR = "\n";

    private final CaseDecisionRepository decisions;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;

    CaseDecisions(CaseDecisionRepository decisions, ApplicationEventPublisher events, ObjectMapper json) {
        this.decisions = decisions;
        this.events = events;
        this.json = json;
    }

    /** Every decision on the case, oldest first. */
    @Transactional(readOnly = true)
    public List<RecordedDecision> onCase(String caseRef) {
        return decisions.findByCaseRefOrderByDecidedAtAscIdAsc(caseRef).stream().map(this::read).toList();
    }

    /** The rules' latest recommendation on this subject of the case, the one a caseworker decides with. */
    @Transactional(readOnly = true)
    public Optional<RecordedDecision> latestRecommendation(String caseRef, String subject) {
        return latest(caseRef, subject, DecisionKind.RECOMMENDATION);
    }

    /** The latest decision of this kind on this subject of the case. */
    @Transactional(readOnly = true)
    public Optional<RecordedDecision> latest(String caseRef, String subject, DecisionKind kind) {
        return decisions.findByCaseRefAndSubjectOrderByDecidedAtDesc(caseRef, subject).stream()
                .filter(decision -> decision.kind() == kind)
                .findFirst()
                .map(this::read);
    }

    @Transactional(readOnly = true)
    public Optional<RecordedDecision> find(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : decisions.findById(id).map(this::read);
    }

    /** Stores the decision and tells the rest of Lifecase, in the caller's (the engine's) transaction. */
    @Transactional
    RecordedDecision record(RecordedDecision decision) {
        decisions.save(new CaseDecision(decision, String.join(RULE_SEPARATOR, decision.matchedRules()),
                write(decision.inputs()), decision.outputs().isEmpty() ? null : write(decision.outputs())));
        events.publishEvent(new DecisionRecorded(decision));
        return decision;
    }

    private RecordedDecision read(CaseDecision row) {
        var matched = row.matchedRulesText() == null || row.matchedRulesText().isBlank() ? List.<String>of()
                : Arrays.asList(row.matchedRulesText().split(RULE_SEPARATOR));
        return new RecordedDecision(row.id(), row.caseRef(), row.processInstanceId(), row.subject(), row.kind(), row.outcome(),
                row.decidedBy(), row.caseworker(), row.rule(), row.ruleVersion(), matched,
                readValue(row.inputsJson(), new TypeReference<List<DecisionInput>>() { }).orElse(List.of()),
                readValue(row.outputsJson(), new TypeReference<LinkedHashMap<String, Object>>() { }).map(map -> (Map<String, Object>) map)
                        .orElse(Map.of()),
                row.reason(), row.reasons(), row.legalBasis(), row.automationBasis(), row.taskId(), row.recommendationId(),
                row.decidedAt());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A decision's inputs cannot be written", e);
        }
    }

    private <T> Optional<T> readValue(String text, TypeReference<T> type) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readValue(text, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A recorded decision cannot be read back", e);
        }
    }
}
