package no.lifecase.agency.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.documents.DocumentContent.Fact;
import no.lifecase.agency.documents.DocumentContent.Section;
import no.lifecase.language.Language;
import no.lifecase.language.LanguagePreferences;
import no.lifecase.register.krr.ContactChannel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes each letter and decision a person is sent as a document in their inbox, in the language they chose at the time
 * of sending, and keeps it as written (docs/adr/0054). Reading and marking read happen here too; who may read is the
 * portal's to decide.
 */
@Service
public class CitizenDocuments {

    static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final CitizenDocumentRepository documents;
    private final DocumentTexts texts;
    private final LanguagePreferences languages;
    private final AgencyCatalogue agencies;
    private final ObjectMapper json;

    CitizenDocuments(CitizenDocumentRepository documents, DocumentTexts texts, LanguagePreferences languages,
                     AgencyCatalogue agencies, ObjectMapper json) {
        this.documents = documents;
        this.texts = texts;
        this.languages = languages;
        this.agencies = agencies;
        this.json = json;
    }

    /** The letter {@code name} as a document, once per id: a retried step finds the one it wrote. */
    @Transactional
    public CitizenDocument letter(Sending sending, String name) {
        return documents.findById(sending.id()).orElseGet(() -> {
            var language = languages.of(sending.recipient());
            var content = new DocumentContent(List.of(new Section(null, texts.paragraphs(language, name + ".text"), List.of())));
            return save(sending, DocumentKind.LETTER, name, texts.sender(name), language, content, null);
        });
    }

    /** The decision as a document: what was decided, on which rules and facts, and how to appeal it. */
    @Transactional
    public CitizenDocument decision(Sending sending, Decision decision) {
        return documents.findById(sending.id()).orElseGet(() -> {
            var language = languages.of(sending.recipient());
            var sender = senderOf(decision);
            return save(sending, DocumentKind.DECISION, decision.name(), sender, language,
                    written(decision, sender, language, sending), decision.decisionId());
        });
    }

    @Transactional(readOnly = true)
    public List<CitizenDocument> addressedTo(Collection<String> recipients) {
        return recipients.isEmpty() ? List.of() : documents.findByRecipientInOrderBySentAtDesc(List.copyOf(recipients));
    }

    @Transactional(readOnly = true)
    public List<CitizenDocument> onCase(String caseRef) {
        return documents.findByCaseRefOrderBySentAtDesc(caseRef);
    }

    @Transactional(readOnly = true)
    public Optional<CitizenDocument> find(String id) {
        return id == null || id.length() > 36 ? Optional.empty() : documents.findById(id);
    }

    /** The recipient opened it: it is read from now on. Anyone else opening it (a representative) changes nothing. */
    @Transactional
    public void openedBy(String documentId, String reader, Instant at) {
        documents.findById(documentId).filter(document -> document.recipient().equals(reader)).ifPresent(document -> document.read(at));
    }

    public DocumentContent content(CitizenDocument document) {
        try {
            return json.readValue(document.contentJson(), DocumentContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Document " + document.id() + " cannot be read back", e);
        }
    }

    /** An agency's name as a reader of this language says it: the one place that picks the name by language. */
    public String agencyName(String agencyId, Language language) {
        return agencies.find(agencyId).map(agency -> nameIn(agency, language)).orElse(agencyId);
    }

    static String nameIn(Agency agency, Language language) {
        return language == Language.EN ? agency.nameEnglish() : agency.nameNorwegian();
    }

    /** The agency the decision names, else the one its texts name; a decision whose texts leave it to each decision must name one. */
    private String senderOf(Decision decision) {
        if (decision.senderAgency() != null) {
            return decision.senderAgency();
        }
        if (texts.senderNamedByEachDecision(decision.name())) {
            throw new IllegalStateException("Decision " + decision.name() + " must name the agency that sends it");
        }
        return texts.sender(decision.name());
    }

    private CitizenDocument save(Sending sending, DocumentKind kind, String name, String sender, Language language,
                                 DocumentContent content, String decisionId) {
        try {
            return documents.save(new CitizenDocument(sending.id(), sending.caseRef(), sending.recipient(), kind, name, language,
                    sender, sending.channel(), texts.text(language, name + ".title"), json.writeValueAsString(content),
                    sending.sentAt(), decisionId));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Document " + name + " cannot be written", e);
        }
    }

    private DocumentContent written(Decision decision, String sender, Language language, Sending sending) {
        var name = decision.name();
        var values = decision.values().stream().map(value -> valueInWords(value, language)).toArray();
        var rules = texts.paragraphs(language, name + ".rules").stream().map(rule -> format(rule, values, language)).toList();
        var decided = new ArrayList<String>();
        decided.add(format(texts.text(language, name + ".decided"), values, language));
        texts.optional(language, name + ".amount").ifPresent(amount -> decided.add(format(amount, values, language)));
        texts.optional(language, name + ".period").ifPresent(period -> decided.add(format(period, values, language)));
        var facts = decision.facts().stream()
                .map(fact -> new Fact(texts.text(language, name + ".fact." + fact.key()), factValue(fact.value(), language),
                        texts.text(language, "register." + fact.register())))
                .toList();
        var agency = agencyName(sender, language);
        var period = AppealPeriod.of(sender);
        Object[] appealValues = {agency, inWords(period.lastDay(sending.sentAt()), language), texts.text(language, period.textKey())};
        var sections = new ArrayList<Section>();
        sections.add(new Section(texts.text(language, "decision.heading.decided"), decided, List.of()));
        if (decision.reasons() != null && !decision.reasons().isBlank()) {
            // The caseworker's own words, as written: the reasons the person can check (forvaltningsloven § 25).
            sections.add(new Section(texts.text(language, "decision.heading.reasons"), List.of(decision.reasons().strip()), List.of()));
        }
        var allRules = new ArrayList<>(rules);
        if (decision.legalBasis() != null) {
            allRules.add(format(texts.text(language, "decision.legalBasis"), new Object[] {decision.legalBasis()}, language));
        }
        sections.add(new Section(texts.text(language, "decision.heading.rules"), allRules, List.of()));
        // An appeal's decision rests on the appeal and the decision appealed against, not on registers: its texts say so.
        var factsIntro = texts.paragraphs(language, name + ".facts");
        sections.add(new Section(texts.text(language, "decision.heading.facts"),
                factsIntro.isEmpty() ? texts.paragraphs(language, "decision.facts") : factsIntro, facts));
        if (decision.automationBasis() != null) {
            // An automated decision says so, under which provision, and that a person looks at it on request (GDPR art. 22 nr. 3).
            Object[] automatic = {agency, decision.automationBasis()};
            sections.add(new Section(texts.text(language, "decision.heading.automatic"),
                    texts.paragraphs(language, "decision.automatic").stream().map(text -> format(text, automatic, language)).toList(),
                    List.of()));
        }
        if (texts.isFinal(name)) {
            // The appeal body's decision cannot be appealed further (forvaltningsloven § 28 tredje ledd): it says so instead,
            // and what is still open, such as the courts, or Trygderetten after Nav klageinstans ("decision.final.<sender>").
            var finalParagraphs = new ArrayList<>(texts.paragraphs(language, "decision.final"));
            finalParagraphs.addAll(texts.paragraphs(language, "decision.final." + sender));
            sections.add(new Section(texts.text(language, "decision.heading.final"),
                    finalParagraphs.stream().map(text -> format(text, appealValues, language)).toList(), List.of()));
        } else {
            sections.add(new Section(texts.text(language, "decision.heading.appeal"),
                    texts.paragraphs(language, "decision.appeal").stream().map(text -> format(text, appealValues, language)).toList(),
                    List.of()));
        }
        sections.add(new Section(texts.text(language, "decision.heading.access"),
                texts.paragraphs(language, "decision.access").stream().map(text -> format(text, appealValues, language)).toList(),
                List.of()));
        return new DocumentContent(sections);
    }

    private static String format(String pattern, Object[] values, Language language) {
        return new MessageFormat(pattern, language.locale()).format(values);
    }

    private String factValue(Object value, Language language) {
        if (value instanceof Boolean yes) {
            return texts.text(language, yes ? "value.yes" : "value.no");
        }
        return valueInWords(value, language);
    }

    private String valueInWords(Object value, Language language) {
        return value instanceof Decision.AgencyName agency ? agencyName(agency.agencyId(), language) : inWords(value, language);
    }

    /** Dates, months and numbers as the reader writes them: "1. mars 2027", "1 March 2027", "mars 2027", "1 968", "1,85". */
    static String inWords(Object value, Language language) {
        if (value instanceof LocalDate date) {
            // British order for English readers; Java's English default is the American "March 1, 2027".
            var format = language == Language.EN ? DateTimeFormatter.ofPattern("d MMMM uuuu", language.locale())
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale());
            return format.format(date);
        }
        if (value instanceof YearMonth month) {
            return DateTimeFormatter.ofPattern("LLLL uuuu", language.locale()).format(month);
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            // A fraction such as an income in G ("1,85") would round to a whole number that can mislead.
            var format = NumberFormat.getNumberInstance(language.locale());
            format.setMaximumFractionDigits(2);
            return format.format(value);
        }
        if (value instanceof Number number) {
            return NumberFormat.getIntegerInstance(language.locale()).format(number);
        }
        return String.valueOf(value);
    }

    /**
     * One letter on its way: its id (the letter's, so the document and the posted letter are one), the case, the
     * recipient, the channel KRR gave and when it was sent.
     */
    public record Sending(String id, String caseRef, String recipient, ContactChannel channel, Instant sentAt) {
    }
}
