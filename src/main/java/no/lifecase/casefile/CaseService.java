package no.lifecase.casefile;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens and finds life-event cases. (The bean has its own name because the engine already has a
 * bean called "caseService", for CMMN.)
 */
@Service("lifeEventCaseService")
public class CaseService {

    /** Process variables every life-event process starts with. */
    public static final String CASE_REF = "caseRef";
    public static final String SUBJECT = "subject";
    /** And, for an organisation life event, the organisation it is about. */
    public static final String ORGANISATION_NUMBER = "organisationNumber";

    private static final Logger log = LoggerFactory.getLogger(CaseService.class);

    private final LifeEventCaseRepository cases;
    private final CaseReferences references;
    private final CaseTimeline timeline;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final CaseMetrics metrics;
    private final CasePageChanges pageChanges;
    private final Clock clock;

    CaseService(LifeEventCaseRepository cases, CaseReferences references, CaseTimeline timeline,
                RuntimeService runtime, RepositoryService repository, CaseMetrics metrics, CasePageChanges pageChanges,
                Clock clock) {
        this.cases = cases;
        this.references = references;
        this.timeline = timeline;
        this.runtime = runtime;
        this.repository = repository;
        this.metrics = metrics;
        this.pageChanges = pageChanges;
        this.clock = clock;
    }

    /**
     * Creates the case and starts its process with the case reference as business key. Both happen in
     * one transaction: either the case exists with its running process, or neither does.
     *
     * @throws CaseAlreadyOpen if a case of this life event is open for the person
     */
    @Transactional
    public LifeEventCase open(CaseType lifeEvent, Fodselsnummer subject) {
        return open(lifeEvent, subject, Map.of());
    }

    /**
     * As {@link #open(CaseType, Fodselsnummer)}, with facts the register event already told and the process
     * routes on (e.g. {@code stillbirth}).
     */
    @Transactional
    public LifeEventCase open(CaseType lifeEvent, Fodselsnummer subject, Map<String, Object> facts) {
        return open(lifeEvent, subject, null, facts);
    }

    /**
     * As {@link #open(CaseType, Fodselsnummer, Map)}, for the case of an organisation life event: the subject is its
     * founder, and the process reads the organisation from {@value #ORGANISATION_NUMBER}.
     *
     * @param organisation the organisation the case is about, or null for a person's life event
     * @throws CaseAlreadyOpen if a case of this life event is open for the organisation (or, without one, the person)
     */
    @Transactional
    public LifeEventCase open(CaseType lifeEvent, Fodselsnummer subject, Organisasjonsnummer organisation,
                              Map<String, Object> facts) {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(lifeEvent.processKey()).count() == 0) {
            throw new LifeEventNotAvailable(lifeEvent);
        }
        openCase(lifeEvent, subject, organisation).ifPresent(open -> {
            throw new CaseAlreadyOpen(lifeEvent, open.reference());
        });
        // Flushed at once: a case another transaction opened meanwhile meets the unique key here, before the process starts.
        var opening = new LifeEventCase(references.next(), lifeEvent, subject, organisation, clock.instant());
        lifeEvent.variantFor(facts).ifPresent(variant -> opening.isVariant(variant.id()));
        var lifeEventCase = cases.saveAndFlush(opening);
        var reference = lifeEventCase.reference().value();
        pageChanges.opened(reference);
        timeline.record(lifeEventCase, TimelineKind.CASE_OPENED, "Case opened: " + lifeEvent.titleEnglish(),
                null, CaseTimelineEntry.SOURCE_PROCESS, null);
        var variables = new HashMap<String, Object>(facts);
        variables.put(CASE_REF, reference);
        variables.put(SUBJECT, subject.value());
        if (organisation != null) {
            variables.put(ORGANISATION_NUMBER, organisation.value());
        }
        var instance = runtime.startProcessInstanceByKey(lifeEvent.processKey(), reference, variables);
        lifeEventCase.startedAs(instance.getId());
        metrics.countOpened(lifeEvent.id());
        // The engine names the case on the lines it logs while it starts the process; this line is ours to name it on.
        try (var ignored = CaseLogContext.of(lifeEventCase.reference())) {
            log.info("Opened case {} ({}) for {}", reference, lifeEvent.id(), subject.masked());
        }
        return lifeEventCase;
    }

    /**
     * The case of this life event that is open or waiting for the organisation, or without one for the person.
     * One at most: the unique key {@code uk_life_event_case_open} holds no second (docs/adr/0037).
     */
    @Transactional(readOnly = true)
    public Optional<LifeEventCase> openCase(CaseType lifeEvent, Fodselsnummer subject, Organisasjonsnummer organisation) {
        return cases.findByLifeEventIdAndOpenKey(lifeEvent.id(), LifeEventCase.keyOf(subject, organisation));
    }

    /**
     * Starts the life event's process again for a closed case, under the same reference: a register
     * correction (a withdrawn death registered anew) continues the citizen's one case instead of opening a second.
     */
    @Transactional
    public LifeEventCase reopen(LifeEventCase closed, String why) {
        var lifeEventCase = cases.findById(closed.id()).orElseThrow(CaseNotFound::new);
        var reference = lifeEventCase.reference().value();
        lifeEventCase.reopen();
        timeline.record(lifeEventCase, TimelineKind.CASE_OPENED, "Case reopened: " + why, null, CaseTimelineEntry.SOURCE_PROCESS, null);
        var instance = runtime.startProcessInstanceByKey(lifeEventCase.lifeEventId(), reference,
                Map.of(CASE_REF, reference, SUBJECT, lifeEventCase.subject().value()));
        lifeEventCase.startedAs(instance.getId());
        metrics.countOpened(lifeEventCase.lifeEventId());
        try (var ignored = CaseLogContext.of(lifeEventCase.reference())) {
            log.info("Reopened case {} ({})", reference, lifeEventCase.lifeEventId());
        }
        return lifeEventCase;
    }

    /** How many cases of each life event are open and how many wait for the citizen, over all nodes; closed ones are left out. */
    @Transactional(readOnly = true)
    public List<OpenCases> openCases() {
        return cases.countOpenByLifeEvent();
    }

    @Transactional(readOnly = true)
    public Optional<LifeEventCase> find(CaseReference reference) {
        return cases.findByReference(reference.value());
    }

    /** The cases whose subject is this person, newest first. Who else may see them is the caller's to decide. */
    @Transactional(readOnly = true)
    public List<LifeEventCase> casesOf(Fodselsnummer subject) {
        return cases.findBySubjectOrderByOpenedAtDescIdDesc(subject.value());
    }
}
