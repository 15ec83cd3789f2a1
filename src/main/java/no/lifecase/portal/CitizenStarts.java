package no.lifecase.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lifecase.casefile.CaseAlreadyOpen;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.caseworker.FormValues;
import no.lifecase.caseworker.TaskForm;
import no.lifecase.formtexts.DeployedFormTexts;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.identity.InvalidIdentityNumber;
import no.lifecase.lifeevent.CitizenStart;
import no.lifecase.lifeevent.CitizenStartDecision;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.LifeEvents;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.util.MultiValueMap;

/**
 * The life events a citizen starts in the portal, generic over every {@link CitizenStart} bean: each life event's
 * start form is the Camunda Form of its process's start event ({@code camunda:formRef}), checked on the server with
 * the same rules as task forms ({@link FormValues}). Only when the answers are valid and the life event's rule says
 * "open" is a case opened; otherwise nothing is written.
 */
@Service
class CitizenStarts {

    /** The message shown when the citizen's login is below the level the life event needs. */
    static final String LEVEL_TOO_LOW = "start.refused.level";
    /** The message shown when a case of the life event is already open for its subject (e.g. the other parent's). */
    static final String ALREADY_OPEN = "start.alreadyOpen";

    private final LifeEvents lifeEvents;
    private final Map<String, CitizenStart> rules;
    private final RepositoryService repository;
    private final FormService forms;
    private final CaseService cases;
    private final DeployedFormTexts texts;
    private final ObjectMapper json;

    CitizenStarts(LifeEvents lifeEvents, List<CitizenStart> rules, RepositoryService repository, FormService forms, CaseService cases,
                  DeployedFormTexts texts, ObjectMapper json) {
        this.lifeEvents = lifeEvents;
        this.rules = rules.stream().collect(Collectors.toMap(rule -> rule.lifeEvent().id(), Function.identity()));
        this.repository = repository;
        this.forms = forms;
        this.cases = cases;
        this.texts = texts;
        this.json = json;
    }

    /** A life event the citizen can start here, with the start form of its latest deployed process. */
    record Startable(LifeEvent lifeEvent, CitizenStart rule, PortalForm form) {

        public String id() {
            return lifeEvent.id();
        }

        public CaseSummary.Title title() {
            return CaseSummary.Title.of(lifeEvent.title());
        }

        /** Whether this login is good enough to start it. */
        public boolean allows(CitizenUser citizen) {
            return citizen.level().isAtLeast(rule.requiredLevel());
        }
    }

    /** Why a life event cannot be started here. */
    static final class NotStartable extends RuntimeException {

        private final boolean known;

        private NotStartable(String id, boolean known) {
            super(known ? "Life event '" + id + "' cannot be started now: its process is not deployed"
                    : "No life event '" + id + "' that a citizen can start");
            this.known = known;
        }

        /** True when the life event can be started by a citizen but its process is not deployed. */
        boolean notDeployed() {
            return known;
        }
    }

    /** What became of a start. */
    sealed interface Outcome {

        record Started(LifeEventCase lifeEventCase) implements Outcome {
        }

        /** The answers broke the form's rules; each problem names its field. */
        record Invalid(List<FormValues.Refusal> problems) implements Outcome {
        }

        /** The life event's rule (or the login level) refused; {@code field} may be null. */
        record Refused(String field, String messageKey) implements Outcome {
        }
    }

    /** Every life event the citizen can start whose process is deployed, in the catalogue's order. */
    List<Startable> startable() {
        return lifeEvents.all().stream().filter(lifeEvent -> rules.containsKey(lifeEvent.id()))
                .map(lifeEvent -> deployed(lifeEvent).map(definition -> startable(lifeEvent, definition)))
                .flatMap(Optional::stream)
                .toList();
    }

    /**
     * @throws NotStartable if there is no such life event, it is not one a citizen starts, or its process is not deployed
     */
    Startable find(String id) {
        var lifeEvent = lifeEvents.find(id).filter(found -> rules.containsKey(found.id())).orElseThrow(() -> new NotStartable(id, false));
        return deployed(lifeEvent).map(definition -> startable(lifeEvent, definition)).orElseThrow(() -> new NotStartable(id, true));
    }

    /** Starts from a JSON object of answers (the API): conditional questions are optional, as the server cannot see them. */
    Outcome start(CitizenUser citizen, Startable startable, JsonNode answers) {
        return start(citizen, startable, startable.form().fields(), answers);
    }

    /** Starts from a submitted HTML form (the page): the form's simple conditions decide which questions apply. */
    Outcome start(CitizenUser citizen, Startable startable, MultiValueMap<String, String> submitted) {
        var rules = startable.form().rulesFor(submitted);
        return start(citizen, startable, rules, PortalForm.values(rules, submitted));
    }

    private Outcome start(CitizenUser citizen, Startable startable, TaskForm rules, JsonNode answers) {
        if (!startable.allows(citizen)) {
            return new Outcome.Refused(null, LEVEL_TOO_LOW);
        }
        var problems = new ArrayList<>(FormValues.refusals(rules, answers));
        problems.addAll(identityNumberProblems(startable.rule(), rules, answers, problems));
        if (!problems.isEmpty()) {
            return new Outcome.Invalid(problems);
        }
        var variables = FormValues.variables(rules, answers);
        var decision = startable.rule().decide(citizen.fodselsnummer(), Collections.unmodifiableMap(variables));
        if (decision instanceof CitizenStartDecision.Refused refused) {
            return new Outcome.Refused(refused.field(), refused.messageKey());
        }
        var open = (CitizenStartDecision.Open) decision;
        var facts = new HashMap<String, Object>(variables);
        facts.putAll(open.variables());
        try {
            return new Outcome.Started(cases.open(startable.lifeEvent(), open.subject(), facts));
        } catch (CaseAlreadyOpen e) {
            return new Outcome.Refused(null, ALREADY_OPEN);
        }
    }

    /**
     * The identity numbers among the answers that the form's rules let through but that are no number (check digits,
     * date): a typing error, reported like the form's own problems, before the life event's rule decides anything.
     */
    private static List<FormValues.Refusal> identityNumberProblems(CitizenStart rule, TaskForm rules, JsonNode answers,
                                                                   List<FormValues.Refusal> found) {
        var problems = new ArrayList<FormValues.Refusal>();
        rule.identityNumberFields().forEach((key, type) -> {
            var field = rules.fields().get(key);
            var answer = answers.get(key);
            boolean alreadyReported = found.stream().anyMatch(problem -> problem.field().equals(key));
            if (field == null || alreadyReported || answer == null || !answer.isTextual() || answer.asText().isEmpty()) {
                return;   // not asked, already wrong in the form's terms, or not given where the form lets it be optional
            }
            try {
                type.check(answer.asText(), key);
            } catch (InvalidIdentityNumber e) {
                problems.add(new FormValues.Refusal(key, FormValues.Reason.NOT_AN_IDENTITY_NUMBER, field.displayName(), e.problem()));
            }
        });
        return problems;
    }

    private Optional<ProcessDefinition> deployed(LifeEvent lifeEvent) {
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(lifeEvent.processKey())
                .latestVersion().active().singleResult());
    }

    private Startable startable(LifeEvent lifeEvent, ProcessDefinition definition) {
        return new Startable(lifeEvent, rules.get(lifeEvent.id()), startForm(definition));
    }

    /** The start event's Camunda Form, with its texts from the process's deployment; a start event without one asks nothing. */
    private PortalForm startForm(ProcessDefinition definition) {
        try (InputStream deployed = forms.getDeployedStartForm(definition.getId())) {
            byte[] bytes = deployed.readAllBytes();
            var form = json.readTree(bytes);
            return new PortalForm(form, TaskForm.parse(new ByteArrayInputStream(bytes), json),
                    texts.of(definition.getDeploymentId(), form.path("id").asText()));
        } catch (IOException e) {
            throw new UncheckedIOException("The start form could not be read", e);
        } catch (BadUserRequestException e) {
            var empty = JsonNodeFactory.instance.objectNode();
            empty.putArray("components");
            return new PortalForm(empty, new TaskForm(null, new LinkedHashMap<>()), FormTexts.none());
        }
    }
}
