package no.lifecase.casefile;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people an open case concerns, so that a caseworker finds its tasks by a person's identity number or name
 * (docs/adr/0060-a-worklist-to-run-a-day-on.md). A case concerns its subject and everyone a register was read about
 * for it; a name is known where Folkeregisteret gave it to the case ({@link #remember}), so the search never calls a
 * register itself.
 */
@Service
public class CasePeople {

    /** A search finds at most this many cases: enough for one person, too few to list a population. */
    public static final int MAX_CASES = 200;

    /** A case and the person of it that the search found. */
    public record Match(String caseRef, String identityNumber) {
    }

    private final NamedParameterJdbcTemplate jdbc;

    CasePeople(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the name Folkeregisteret gave for a person of the case, replacing an earlier one (a temporary name changes). */
    @Transactional
    public void remember(CaseReference reference, Fodselsnummer person, String name) {
        if (name == null || name.isBlank()) {
            return;
        }
        var trimmed = name.strip();
        var params = new MapSqlParameterSource().addValue("ref", reference.value()).addValue("person", person.value())
                .addValue("name", trimmed).addValue("words", wordsOf(trimmed));
        jdbc.update("delete from case_person_name where identity_number = :person"
                + " and case_id = (select id from life_event_case where reference = :ref)", params);
        jdbc.update("insert into case_person_name (case_id, identity_number, name, name_words)"
                + " select id, :person, :name, :words from life_event_case where reference = :ref", params);
    }

    /** The names Folkeregisteret gave for the people of this case, by identity number. */
    @Transactional(readOnly = true)
    public Map<String, String> namesOn(CaseReference reference) {
        var names = new java.util.LinkedHashMap<String, String>();
        jdbc.query("select n.identity_number, n.name from case_person_name n join life_event_case c on c.id = n.case_id"
                        + " where c.reference = :ref order by n.identity_number", Map.of("ref", reference.value()),
                (org.springframework.jdbc.core.RowCallbackHandler) row -> names.put(row.getString(1), row.getString(2)));
        return names;
    }

    /** The open cases about this person: as their subject, or because a register was read about them for the case. */
    @Transactional(readOnly = true)
    public List<Match> openCasesAbout(Fodselsnummer person) {
        return jdbc.query("""
                select c.reference from life_event_case c
                where c.status <> 'CLOSED' and (c.subject = :person
                    or exists (select 1 from data_access_entry a where a.case_id = c.id and a.about = :person)
                    or exists (select 1 from case_person_name n where n.case_id = c.id and n.identity_number = :person))
                order by c.opened_at desc, c.id desc
                fetch first %d rows only""".formatted(MAX_CASES), Map.of("person", person.value()),
                (row, number) -> new Match(row.getString(1), person.value()));
    }

    /** The open cases with a person whose name holds every one of the words (in any order, case ignored). */
    @Transactional(readOnly = true)
    public List<Match> openCasesNamed(List<String> words) {
        var params = new MapSqlParameterSource();
        var where = new StringBuilder("c.status <> 'CLOSED'");
        for (int i = 0; i < words.size(); i++) {
            where.append(" and n.name_words like :word").append(i);
            params.addValue("word" + i, "%" + words.get(i).toLowerCase(Locale.ROOT) + "%");
        }
        return jdbc.query("""
                select c.reference, n.identity_number from case_person_name n join life_event_case c on c.id = n.case_id
                where %s
                order by c.opened_at desc, c.id desc
                fetch first %d rows only""".formatted(where, MAX_CASES), params,
                (row, number) -> new Match(row.getString(1), row.getString(2)));
    }

    private static String wordsOf(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
