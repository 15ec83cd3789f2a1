package no.lifecase.caseworker;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import no.lifecase.agency.Agency;
import no.lifecase.casefile.CasePeople;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.casefile.InvalidField;
import no.lifecase.identity.Fodselsnummer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The worklist's free-text search ({@code q}): a case reference, an identity number or a name, within the agency's
 * own tasks (docs/adr/0060-a-worklist-to-run-a-day-on.md). Finding a case by a person is a look-up of that person: each
 * case found is logged in its data-access log with the case's purpose and the caseworker, so the person sees it. A query
 * that is none of the three is refused, never ignored.
 */
@Component
class WorklistSearch {

    static final int MAX_LENGTH = 100;

    private static final Pattern REFERENCE_LIKE = Pattern.compile("(?i)LE-.*");
    private static final Pattern DIGITS = Pattern.compile("[0-9 ]+");
    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L} .'\\-]*");
    private static final String QUERY_FIELD = "q";

    private static final Logger log = LoggerFactory.getLogger(WorklistSearch.class);

    enum Kind { REFERENCE, IDENTITY_NUMBER, NAME }

    /** A query read: what it searches by, and the value (the reference, the identity number, the name's words). */
    record Term(Kind kind, String reference, Fodselsnummer person, List<String> words) {
    }

    /** The cases a term finds, each with the person of it that was searched for (none for a reference). */
    record Found(Term term, Map<String, String> personByCase) {

        List<String> caseRefs() {
            return List.copyOf(personByCase.keySet());
        }
    }

    private final CasePeople people;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;

    WorklistSearch(CasePeople people, DataAccessLog accessLog, CasePurpose purpose) {
        this.people = people;
        this.accessLog = accessLog;
        this.purpose = purpose;
    }

    /** Reads the query; a malformed one is refused naming {@code q}, without echoing it (it may be a person's number). */
    static Term parse(String query) {
        var q = query.strip();
        if (q.isEmpty()) {
            throw new InvalidField(QUERY_FIELD, "q must be a case reference, an identity number or a name; it is empty",
                    "searchEmpty");
        }
        if (q.length() > MAX_LENGTH) {
            throw new InvalidField(QUERY_FIELD, "q must be at most " + MAX_LENGTH + " characters", "searchTooLong", MAX_LENGTH);
        }
        if (REFERENCE_LIKE.matcher(q).matches()) {
            var reference = q.toUpperCase(Locale.ROOT);
            if (!CaseReference.isValid(reference)) {
                throw new InvalidField(QUERY_FIELD, "q is not a case reference: a case reference looks like LE-2026-000123",
                        "searchNotAReference");
            }
            return new Term(Kind.REFERENCE, reference, null, List.of());
        }
        if (DIGITS.matcher(q).matches()) {
            var digits = q.replace(" ", "");
            if (digits.length() != 11 || !Fodselsnummer.isValid(digits)) {
                throw new InvalidField(QUERY_FIELD, "q is not a valid identity number: 11 digits with correct check digits",
                        "searchNotAnIdentityNumber");
            }
            return new Term(Kind.IDENTITY_NUMBER, null, Fodselsnummer.parse(digits), List.of());
        }
        if (NAME.matcher(q).matches()) {
            // Initials and particles of one letter say too little to narrow a search by name.
            var words = Arrays.stream(q.split("[ .]+")).filter(word -> word.length() >= 2).toList();
            if (!words.isEmpty()) {
                return new Term(Kind.NAME, null, null, words);
            }
            throw new InvalidField(QUERY_FIELD, "q must hold at least one name of two letters or more", "searchNameTooShort");
        }
        throw new InvalidField(QUERY_FIELD, "q must be a case reference (LE-2026-000123), an identity number (11 digits) or a name",
                "searchNotUnderstood");
    }

    /** The open cases the term finds; at most {@link CasePeople#MAX_CASES}. */
    Found find(Term term) {
        var personByCase = new LinkedHashMap<String, String>();
        switch (term.kind()) {
            case REFERENCE -> personByCase.put(term.reference(), null);
            case IDENTITY_NUMBER -> people.openCasesAbout(term.person()).forEach(match -> personByCase.putIfAbsent(match.caseRef(), match.identityNumber()));
            case NAME -> people.openCasesNamed(term.words()).forEach(match -> personByCase.putIfAbsent(match.caseRef(), match.identityNumber()));
        }
        return new Found(term, personByCase);
    }

    /**
     * Logs the look-up on every case found that has a task of the agency, since the caseworker now sees that the person
     * has a case there. A search by reference looks no person up.
     */
    void logLookUps(Caseworker caseworker, Agency agency, Found found, Set<String> casesWithTasks) {
        if (found.term().kind() == Kind.REFERENCE) {
            return;
        }
        var field = found.term().kind() == Kind.IDENTITY_NUMBER ? "identifikasjonsnummer" : "navn";
        var logged = new ArrayList<String>();
        found.personByCase().forEach((caseRef, person) -> {
            if (casesWithTasks.contains(caseRef)) {
                var reference = CaseReference.of(caseRef);
                accessLog.recordStaffSearch(reference, purpose.of(reference), person, List.of(field),
                        caseworker.userId() + " (" + agency.id() + ")");
                logged.add(caseRef);
            }
        });
        // Never the name or the whole number in the log: the kind of search, and the masked number.
        log.info("Worklist search of {} by {} ({}{}): {} case(s) with its tasks {}", agency.id(), caseworker.userId(),
                found.term().kind(), found.term().person() == null ? "" : " " + found.term().person().masked(), logged.size(), logged);
    }
}
