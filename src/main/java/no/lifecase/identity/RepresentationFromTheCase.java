package no.lifecase.identity;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Representation read from what the cases already know, without asking a register again: a life event's process
 * stores who may act for its subject when it reads the family from Folkeregisteret. A parent with parental
 * responsibility (or the mother) acts for the child of a having-a-child case; an heir acts for the deceased of a
 * death-and-inheritance case. A board member acts in the case of their organisation, and in that case only
 * ({@link #casesActedInBy}). Running and finished cases count alike. {@link CaseRepresentatives} keeps the index
 * this reads. See docs/adr/0014-representation-from-the-case.md.
 */
@Component
class RepresentationFromTheCase implements Representation {

    /** Per life event (process id), the process variables that name the people who act for its subject. */
    static final Map<String, List<String>> REPRESENTATIVES = Map.of(
            "having-a-child", List.of("parentsWithResponsibility", "motherId"),
            "death-and-inheritance", List.of("heirs"),
            "seriously-ill-child", List.of("parentsWithResponsibility"),
            // Board members (or the owner of a sole proprietorship) act in the case of their organisation.
            "starting-a-business", List.of("boardMembers"),
            "starting-a-voluntary-organisation", List.of("boardMembers"));

    /**
     * Life events whose representatives act in that one case only: a board member acts for the organisation, not for
     * the founder whose case it is today, so the founder's other cases stay closed to them.
     */
    static final Set<String> THIS_CASE_ONLY = Set.of("starting-a-business", "starting-a-voluntary-organisation");

    private final JdbcTemplate jdbc;

    RepresentationFromTheCase(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Fodselsnummer> representedBy(Fodselsnummer person) {
        var subjects = new HashSet<Fodselsnummer>();
        jdbc.queryForList("""
                select distinct c.subject from case_representative r
                join life_event_case c on c.process_instance_id = r.process_instance_id
                where r.representative = ? and r.this_case_only = false""", String.class, person.value())
                .forEach(subject -> subjects.add(Fodselsnummer.parse(subject)));
        subjects.remove(person);
        return Set.copyOf(subjects);
    }

    @Override
    public Set<String> casesActedInBy(Fodselsnummer person) {
        return Set.copyOf(jdbc.queryForList("""
                select distinct c.reference from case_representative r
                join life_event_case c on c.process_instance_id = r.process_instance_id
                where r.representative = ? and r.this_case_only = true""", String.class, person.value()));
    }
}
