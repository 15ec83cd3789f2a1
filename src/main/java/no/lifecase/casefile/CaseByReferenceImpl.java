package no.lifecase.casefile;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.springframework.transaction.annotation.Transactional;

/**
 * A step records its timeline entries and register reads one by one, each for the case with its reference. As a
 * query, each look-up also flushed everything the transaction had written so far; through Hibernate's natural id, the
 * first look-up in a transaction reads the case and the others find it in the persistence context
 * (docs/adr/0065-fewer-transactions-per-case.md).
 */
class CaseByReferenceImpl implements CaseByReference {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    @Transactional(readOnly = true)
    public Optional<LifeEventCase> findByReference(String reference) {
        return entityManager.unwrap(Session.class).bySimpleNaturalId(LifeEventCase.class).loadOptional(reference);
    }
}
