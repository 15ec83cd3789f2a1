package no.lifecase.casefile;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Year;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Hands out case references from a database sequence, so every node of a cluster gets unique ones. */
@Component
class CaseReferences {

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String nextValueSql;

    CaseReferences(JdbcTemplate jdbc, Clock clock, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        // The dialect knows how this database spells "next value of a sequence" (H2 and PostgreSQL differ).
        this.nextValueSql = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport()
                .getSequenceNextValString("case_reference_seq");
    }

    CaseReference next() {
        long number = jdbc.queryForObject(nextValueSql, Long.class);
        return CaseReference.of(Year.now(clock).getValue(), number);
    }
}
