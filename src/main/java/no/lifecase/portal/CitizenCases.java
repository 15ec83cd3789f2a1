package no.lifecase.portal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import no.lifecase.casefile.CaseNotFound;
import no.lifecase.casefile.CasePageFacts;
import no.lifecase.casefile.CasePages;
import no.lifecase.casefile.CasePlan;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.AccessPurposes;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseTasks;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.casefile.Representation;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.lifeevent.LifeEvents;
import no.lifecase.modeltext.DeployedModelTexts;
import no.lifecase.modeltext.ModelTexts;
import org.springframework.context.MessageSource;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a citizen may see, and nothing else: every read goes through {@link #find}, which answers "no such
 * case" both for a reference that does not exist and for one the citizen may not see, so existence does not leak.
 * A citizen may see the cases whose subject they are, and those of the people they represent.
 */
@Service
public class CitizenCases {

    private final CaseService cases;
    private final CasePages pages;
    private final CaseTasks tasks;
    private final Representation representation;
    private final LifeEvents lifeEvents;
    private final CitizenTimeline citizenTimeline;
    private final DeployedModelTexts modelTexts;
    private final AgencyNames agencyNames;
    private final MessageSource messages;
    private final AccessPurposes purposes;
    private final CitizenSigning signing;

    CitizenCases(CaseService cases, CasePages pages, CaseTasks tasks,
                 Representation representation, LifeEvents lifeEvents, CitizenTimeline citizenTimeline,
                 DeployedModelTexts modelTexts, AgencyNames agencyNames, MessageSource messages, AccessPurposes purposes,
                 CitizenSigning signing) {
        this.signing = signing;
        this.citizenTimeline = citizenTimeline;
        this.modelTexts = modelTexts;
        this.agencyNames = agencyNames;
        this.messages = messages;
        this.cases = cases;
        this.pages = pages;
        this.tasks = tasks;
        this.representation = representation;
        this.lifeEvents = lifeEvents;
        this.purposes = purposes;
    }

    /** The citizen's own cases, those of the people they represent and those they act in (as board member), newest first. */
    public List<CaseSummary> of(Fodselsnummer citizen) {
        var ofSubjects = Stream.concat(Stream.of(citizen), representation.representedBy(citizen).stream())
                .distinct()
                .flatMap(subject -> cases.casesOf(subject).stream());
        var actedIn = representation.casesActedInBy(citizen).stream()
                .filter(CaseReference::isValid)
                .flatMap(reference -> cases.find(CaseReference.of(reference)).stream());
        return Stream.concat(ofSubjects, actedIn)
                .filter(distinctBy())
                .sorted(Comparator.comparing(LifeEventCase::openedAt).reversed())
                .map(lifeEventCase -> CaseSummary.of(lifeEventCase, lifeEvents))
                .toList();
    }

    /** The case with this reference if the citizen may see it; empty if it does not exist or they may not. */
    public Optional<LifeEventCase> find(Fodselsnummer citizen, String reference) {
        if (!CaseReference.isValid(reference)) {
            return Optional.empty();
        }
        return cases.find(CaseReference.of(reference)).filter(lifeEventCase -> mayAccess(citizen, lifeEventCase.subject())
                || representation.casesActedInBy(citizen).contains(reference));
    }

    /** The authorization rule for a subject's cases; {@link #find} adds the cases the citizen acts in. */
    boolean mayAccess(Fodselsnummer citizen, Fodselsnummer subject) {
        return subject.equals(citizen) || representation.representedBy(citizen).contains(subject);
    }

    /**
     * The case's page, from its read model (docs/adr/0069) in the reader's language, with the tasks that wait for them.
     *
     * @throws CaseNotFound if there is no such case or the citizen may not see it
     */
    @Transactional(readOnly = true)   // one connection for the page's reads, not one per part
    public CaseDetails details(Fodselsnummer citizen, String reference, Language language) {
        var lifeEventCase = find(citizen, reference).orElseThrow(CaseNotFound::new);
        var summary = CaseSummary.of(lifeEventCase, lifeEvents);
        var facts = pages.of(lifeEventCase);
        return new CaseDetails(summary.reference(), summary.lifeEvent(), summary.title(), summary.status(),
                summary.openedAt(), summary.closedAt(),
                citizenTimeline.of(facts.timeline(), language),
                planOf(facts.plan(), language),
                facts.reads().stream()
                        .map(read -> {
                            var purpose = purposes.of(read.purpose(), read.legalBasis());
                            return new CaseDetails.DataAccess(read.accessedAt(), read.register(), purpose.purpose(),
                                    purpose.legalBasis(), masked(read.about()), read.fields());
                        })
                        .toList(),
                facts.tasksWaitingFor(citizen.value()).stream().map(task -> view(task, language)).toList(),
                signing.onCase(citizen, reference).orElse(null));
    }

    /**
     * The steps ahead that the model gives the citizen a text for, in their language; the engine's own steps (register
     * reads, rules, timers) have none and are not shown (docs/adr/0050).
     */
    private List<CaseDetails.PlanStep> planOf(CasePlan.Ahead ahead, Language language) {
        var texts = modelTexts.ofProcessDefinition(ahead.processDefinitionId());
        return ahead.steps().stream()
                .flatMap(step -> texts.step(step.activityId(), language)
                        .map(text -> ModelTexts.withAgency(text, agencyNames.inSentence(step.agency(), language)))
                        .map(text -> new CaseDetails.PlanStep(text, step.status(), step.agency(), step.expectedBy()))
                        .stream())
                .toList();
    }

    /** An open task of this case that waits for the citizen (assigned to them or offered to them), named in bokmål. */
    public Optional<CaseDetails.OpenTask> task(Fodselsnummer citizen, String reference, String taskId) {
        return task(citizen, reference, taskId, Language.NB);
    }

    /** An open task of this case that waits for the citizen, named in their language. */
    public Optional<CaseDetails.OpenTask> task(Fodselsnummer citizen, String reference, String taskId, Language language) {
        return find(citizen, reference)
                .flatMap(lifeEventCase -> openTasks(citizen, lifeEventCase).stream().filter(task -> task.getId().equals(taskId)).findFirst())
                .map(task -> view(CasePageFacts.WaitingTask.of(task, List.of()), language));
    }

    private List<Task> openTasks(Fodselsnummer citizen, LifeEventCase lifeEventCase) {
        return tasks.waitingFor(lifeEventCase.reference(), citizen.value());
    }

    /** A task by the text its model gives it; the models API holds every task for a person to having one in each language. */
    private CaseDetails.OpenTask view(CasePageFacts.WaitingTask task, Language language) {
        var name = modelTexts.ofProcessDefinition(task.processDefinitionId()).step(task.taskDefinitionKey(), language)
                .orElseGet(() -> messages.getMessage("timeline.task.untitled", null, language.locale()));
        return new CaseDetails.OpenTask(task.id(), name, task.created(), task.due());
    }

    /** Keeps the first of the cases with the same reference: a case may be both the citizen's and one they act in. */
    private static Predicate<LifeEventCase> distinctBy() {
        var seen = new HashSet<String>();
        return lifeEventCase -> seen.add(lifeEventCase.reference().value());
    }

    /** A fødselsnummer in a register read shows only its date digits (it may be a child's); organisation numbers show in full. */
    private static String masked(String about) {
        return about != null && about.length() == 11 && Fodselsnummer.isValid(about) ? Fodselsnummer.parse(about).masked() : about;
    }
}
