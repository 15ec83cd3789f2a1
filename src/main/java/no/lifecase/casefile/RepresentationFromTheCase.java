package no.lifecase.casefile;

import java.util.HashSet;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Representation read from what the cases already know, without asking a register again: a life event's process
 * stores who may act for its subject when it reads the family from Folkeregisteret, in the variables its
 * {@link CaseType#representatives()} names (a parent for the child, an heir for the deceased). A board member acts in
 * the case of their organisation, and in that case only ({@link #casesActedInBy}). Running and finished cases count alike. {@link CaseRepresentatives} keeps the index
 * this reads. See docs/adr/0014-representation-from-the-case.md.
 */
@Component
class RepresentationFromTheCase implements Representation {

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
