package no.lifecase.trigger;

import java.util.Map;
import no.lifecase.casefile.CaseLogContext;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.casefile.CaseType;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import org.camunda.bpm.engine.RepositoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Opens cases through the case file. */
@Component
class CaseServiceOpening implements CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseServiceOpening.class);

    private final CaseService cases;
    private final RepositoryService repository;

    CaseServiceOpening(CaseService cases, RepositoryService repository) {
        this.cases = cases;
        this.repository = repository;
    }

    @Override
    public EventOutcome openForPerson(CaseType lifeEvent, Fodselsnummer subject, String sourceEventKey, Map<String, Object> facts) {
        return open(lifeEvent, subject, null, sourceEventKey, facts);
    }

    private EventOutcome open(CaseType lifeEvent, Fodselsnummer subject, Organisasjonsnummer organisation, String sourceEventKey,
            Map<String, Object> facts) {
        // Asked first because CaseService.open would throw, and an exception through its @Transactional marks the
        // whole page for rollback. A life event whose process is not deployed yet must not stop the feed.
        if (repository.createProcessDefinitionQuery().processDefinitionKey(lifeEvent.processKey()).count() == 0) {
            log.warn("Event {} announces {} for {}, but no process for it is deployed; skipped",
                    sourceEventKey, lifeEvent.id(), subject);
            return EventOutcome.skipped(SkipReason.LIFE_EVENT_NOT_DEPLOYED, lifeEvent);
        }
        // Asked first for the same reason: the case API may have opened it before the event came (docs/adr/0037).
        var open = cases.openCase(lifeEvent, subject, organisation);
        if (open.isPresent()) {
            try (var ignored = CaseLogContext.of(open.get().reference())) {
                log.info("Event {} announces {}, whose case {} is open already; skipped", sourceEventKey, lifeEvent.id(),
                        open.get().reference().value());
            }
            return EventOutcome.skipped(SkipReason.CASE_ALREADY_RUNNING, lifeEvent);
        }
        var opened = cases.open(lifeEvent, subject, organisation, facts);
        try (var ignored = CaseLogContext.of(opened.reference())) {
            log.info("Event {} opened case {}", sourceEventKey, opened.reference().value());
        }
        return EventOutcome.opened(lifeEvent, subject, opened.reference().value());
    }

    @Override
    public EventOutcome reopenForPerson(CaseType lifeEvent, Fodselsnummer subject, String why) {
        return cases.casesOf(subject).stream()
                .filter(existing -> existing.lifeEventId().equals(lifeEvent.id()) && existing.status() == CaseStatus.CLOSED)
                .findFirst()
                .map(closed -> {
                    var reopened = cases.reopen(closed, why);
                    return EventOutcome.opened(lifeEvent, subject, reopened.reference().value());
                })
                .orElseGet(() -> EventOutcome.skipped(SkipReason.CASE_NOT_WAITING, lifeEvent));
    }

    @Override
    public EventOutcome openForOrganisation(CaseType lifeEvent, Organisasjonsnummer organisation, Fodselsnummer founder,
            String sourceEventKey) {
        // A case's subject is a person today, so the founder's case stands for the organisation's; the process
        // reads the organisation itself from the number.
        log.info("Event {}: organisation {} is new, its case is opened for the founder {}",
                sourceEventKey, organisation, founder);
        return open(lifeEvent, founder, organisation, sourceEventKey, Map.of());
    }
}
