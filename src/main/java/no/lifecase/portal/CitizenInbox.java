package no.lifecase.portal;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.agency.documents.DocumentKind;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.Representation;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.lifeevent.LifeEvents;
import no.lifecase.register.krr.ContactChannel;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters and decisions a citizen may read, and the agencies a case told. A document is theirs to read if it was
 * sent to them or to someone they may act for (docs/adr/0014); anything else is "not found", like a missing one.
 * Templates call it as {@code @citizenInbox}.
 */
@Service("citizenInbox")
public class CitizenInbox {

    private final CitizenDocuments documents;
    private final AgencyNotices notices;
    private final Representation representation;
    private final CitizenCases cases;
    private final CaseService caseService;
    private final LifeEvents lifeEvents;
    private final Clock clock;

    CitizenInbox(CitizenDocuments documents, AgencyNotices notices, Representation representation, CitizenCases cases,
                 CaseService caseService, LifeEvents lifeEvents, Clock clock) {
        this.documents = documents;
        this.notices = notices;
        this.representation = representation;
        this.cases = cases;
        this.caseService = caseService;
        this.lifeEvents = lifeEvents;
        this.clock = clock;
    }

    /** Everything sent to the citizen and to those they act for, newest first. */
    @Transactional(readOnly = true)
    public List<Entry> of(Fodselsnummer citizen, Locale locale) {
        var recipients = Stream.concat(Stream.of(citizen), representation.representedBy(citizen).stream())
                .map(Fodselsnummer::value).toList();
        return documents.addressedTo(recipients).stream().map(document -> entry(citizen, document, locale)).toList();
    }

    /** The documents of one case the citizen may read; none if they may not see the case. */
    @Transactional(readOnly = true)
    public List<Entry> onCase(Fodselsnummer citizen, String reference, Locale locale) {
        if (cases.find(citizen, reference).isEmpty()) {
            return List.of();
        }
        return documents.onCase(reference).stream().filter(document -> mayRead(citizen, document))
                .map(document -> entry(citizen, document, locale)).toList();
    }

    /**
     * The letter that told of a recorded decision (docs/adr/0055) that the citizen may read: the one addressed to them,
     * else one to a person they act for.
     */
    @Transactional(readOnly = true)
    public Optional<String> letterOfDecision(Fodselsnummer citizen, String reference, String decisionId) {
        return documents.onCase(reference).stream()
                .filter(document -> document.decisionId().filter(decisionId::equals).isPresent() && mayRead(citizen, document))
                .sorted(Comparator.comparing((CitizenDocument document) -> !document.recipient().equals(citizen.value())))
                .map(CitizenDocument::id)
                .findFirst();
    }

    /** The document if the citizen may read it. Opened by its recipient, it counts as read from now on. */
    @Transactional
    public Optional<CitizenDocument> open(Fodselsnummer citizen, String id) {
        var document = documents.find(id).filter(found -> mayRead(citizen, found));
        document.ifPresent(found -> documents.openedBy(found.id(), citizen.value(), clock.instant()));
        return document;
    }

    /** Tell-us-once: each agency the case told, when, and when it confirmed receipt; none if the citizen may not see the case. */
    @Transactional(readOnly = true)
    public List<AgencyTold> agenciesTold(Fodselsnummer citizen, String reference, Locale locale) {
        if (cases.find(citizen, reference).isEmpty()) {
            return List.of();
        }
        var language = Language.of(locale);
        return notices.sentFor(reference).stream()
                .map(notice -> new AgencyTold(documents.agencyName(notice.agency(), language), notice.sentAt(),
                        notice.receiptAt().orElse(null)))
                .toList();
    }

    public String agencyName(String agencyId, Locale locale) {
        return documents.agencyName(agencyId, Language.of(locale));
    }

    private boolean mayRead(Fodselsnummer citizen, CitizenDocument document) {
        return document.recipient().equals(citizen.value())
                || representation.representedBy(citizen).stream().anyMatch(person -> person.value().equals(document.recipient()));
    }

    private Entry entry(Fodselsnummer citizen, CitizenDocument document, Locale locale) {
        var caseTitle = CaseReference.isValid(document.caseRef())
                ? caseService.find(CaseReference.of(document.caseRef()))
                        .map(found -> CaseSummary.titleOf(lifeEvents, found.lifeEventId()).in(locale)).orElse(null)
                : null;
        var forSomeoneElse = document.recipient().equals(citizen.value()) ? null : Fodselsnummer.parse(document.recipient()).masked();
        return new Entry(document.id(), document.kind(), document.title(), document.language().tag(), document.sentAt(),
                agencyName(document.senderAgency(), locale), document.caseRef(), caseTitle, document.channel(),
                document.unread(), forSomeoneElse);
    }

    /** One line of the inbox. {@code forSomeoneElse} is the masked number of a recipient the reader acts for. */
    public record Entry(String id, DocumentKind kind, String title, String language, Instant sentAt, String sender,
                        String caseRef, @Nullable String caseTitle, ContactChannel channel, boolean unread,
                        @Nullable String forSomeoneElse) {
    }

    /** One agency a case told: when, and when its receipt came (null while it has not). */
    public record AgencyTold(String agency, Instant toldAt, @Nullable Instant receiptAt) {
    }
}
