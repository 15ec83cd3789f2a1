package no.lifecase.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface LifeEventCaseRepository extends JpaRepository<LifeEventCase, Long> {

    Optional<LifeEventCase> findByReference(String reference);

    Page<LifeEventCase> findByLifeEventId(String lifeEventId, Pageable pageable);

    List<LifeEventCase> findBySubjectOrderByOpenedAtDescIdDesc(String subject);

    /** The case of this life event that is open (or waiting) for this key: see {@link LifeEventCase#keyOf}. */
    Optional<LifeEventCase> findByLifeEventIdAndOpenKey(String lifeEventId, String openKey);
}
