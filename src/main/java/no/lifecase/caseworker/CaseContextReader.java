package no.lifecase.caseworker;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import no.lifecase.agency.Agency;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.decision.CaseDecisions;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.lifeevent.LifeEvents;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.folkeregisteret.PersonCard;
import no.lifecase.register.folkeregisteret.PersonCardLookup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reads the case of an agency's task for its caseworker (docs/adr/0059). The person's name, age and (when the task needs
 * it and it is not protected) address come from Folkeregisteret at the moment the caseworker looks, and that read is
 * logged on the case with the case's purpose like any other; the process itself keeps no names or addresses.
 */
@Service
class CaseContextReader {

    private static final Logger log = LoggerFactory.getLogger(CaseContextReader.class);
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final CaseService cases;
    private final LifeEvents lifeEvents;
    private final PersonCardLookup people;
    private final DataAccessLog dataAccess;
    private final MessageSource messages;
    private final Clock clock;
    private final CaseDecisions decisions;

    CaseContextReader(CaseService cases, LifeEvents lifeEvents, PersonCardLookup people, DataAccessLog dataAccess,
                      MessageSource messages, Clock clock, CaseDecisions decisions) {
        this.decisions = decisions;
        this.cases = cases;
        this.lifeEvents = lifeEvents;
        this.people = people;
        this.dataAccess = dataAccess;
        this.messages = messages;
        this.clock = clock;
    }

    /**
     * The case of the task with this reference, for a caseworker of the agency. Not a transaction of its own: the read is
     * logged in the caller's (the engine's, or the worklist's), and a register that does not answer leaves a notice, not
     * a failed transaction.
     */
    public CaseContext read(String caseRef, Agency agency, String taskId, CaseFacts facts, Language language) {
        var timeline = "/api/agency/" + agency.id() + "/tasks/" + taskId + "/timeline";
        if (caseRef == null || !CaseReference.isValid(caseRef)) {
            return new CaseContext(caseRef, null, null, null, List.of(), List.of(), null, timeline, null);
        }
        var reference = CaseReference.of(caseRef);
        var found = cases.find(reference);
        if (found.isEmpty()) {
            return new CaseContext(caseRef, null, null, null, List.of(), List.of(), null, timeline, null);
        }
        var lifeEventCase = found.get();
        String lifeEventName = lifeEvents.find(lifeEventCase.lifeEventId())
                .map(event -> event.title(lifeEventCase.variant()).in(language)).orElse(null);
        CaseContext.Person person = null;
        var parents = new ArrayList<CaseContext.Person>();
        String notice = null;
        try {
            var subject = lifeEventCase.subject();
            person = people.of(subject, reference, facts.address()).map(this::person).orElse(null);
            if (facts.parents()) {
                people.parentsOf(subject, reference, facts.address()).forEach(parent -> parents.add(person(parent)));
            }
            if (person != null && person.address() != null && parents.stream().anyMatch(CaseContext.Person::addressProtected)) {
                // A child lives with the parent whose address is protected: its address would give hers away.
                person = new CaseContext.Person(person.identityNumber(), person.name(), person.age(), person.birthDate(), true, null);
            }
            if (person == null) {
                notice = messages.getMessage("context.person.unknown", null, language.locale());
            }
        } catch (RegisterUnavailable e) {
            log.warn("Folkeregisteret could not be read for the case {} of a task: {}", caseRef, e.getMessage());
            notice = messages.getMessage("context.register.unavailable", null, language.locale());
        }
        return new CaseContext(caseRef, lifeEventCase.lifeEventId(), lifeEventName, person, List.copyOf(parents),
                readsOf(lifeEventCase), recommendation(caseRef, facts.decision(), language), timeline, notice);
    }

    private CaseContext.Recommendation recommendation(String caseRef, String subject, Language language) {
        if (subject == null) {
            return null;
        }
        return decisions.latestRecommendation(caseRef, subject).map(recommendation -> new CaseContext.Recommendation(
                recommendation.id(), recommendation.subject(), recommendation.outcome(),
                recommendation.outcome() == null ? null
                        : messages.getMessage("context.outcome." + recommendation.outcome(), null, recommendation.outcome(), language.locale()),
                recommendation.rule(), recommendation.ruleVersion(), recommendation.matchedRules(), recommendation.reason(),
                recommendation.reasons(),
                recommendation.inputs().stream().map(input -> new CaseContext.Fact(input.name(), input.label(),
                        input.value() == null ? null : String.valueOf(input.value()), input.register()))
                        .toList(),
                recommendation.legalBasis(), recommendation.decidedAt())).orElse(null);
    }

    private CaseContext.Person person(PersonCard card) {
        LocalDate today = LocalDate.now(clock.withZone(NORWAY));
        return new CaseContext.Person(card.identityNumber(), card.name(), card.ageOn(today).orElse(null), card.birthDate(),
                card.addressProtected(), card.address() == null ? null : card.address().oneLine());
    }

    /** One line per register, person and fields: the same read made again (each time a task is shown) adds nothing. */
    private List<CaseContext.RegisterRead> readsOf(LifeEventCase lifeEventCase) {
        var reads = new LinkedHashMap<String, CaseContext.RegisterRead>();
        for (var entry : dataAccess.of(lifeEventCase)) {
            String about = Fodselsnummer.isValid(entry.about()) ? Fodselsnummer.parse(entry.about()).masked() : entry.about();
            reads.putIfAbsent(entry.register() + "|" + entry.about() + "|" + entry.fields(),
                    new CaseContext.RegisterRead(entry.register(), about, entry.fields(), entry.accessedAt()));
        }
        return List.copyOf(reads.values());
    }
}
