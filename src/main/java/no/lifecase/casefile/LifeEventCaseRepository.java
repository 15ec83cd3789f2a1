package no.lifecase.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LifeEventCaseRepository extends JpaRepository<LifeEventCase, Long>, CaseByReference {

    Page<LifeEventCase> findByLifeEventId(String lifeEventId, Pageable pageable);

    List<LifeEventCase> findBySubjectOrderByOpenedAtDescIdDesc(String subject);

    /** The case of this life event that is open (or waiting) for this key: see {@link LifeEventCase#keyOf}. */
    Optional<LifeEventCase> findByLifeEventIdAndOpenKey(String lifeEventId, String openKey);

    /** Through the index {@code ix_life_event_case_status} it reads the open cases only, never the closed ones that make up most of the table. */
    @Query("select new no.lifecase.casefile.OpenCases(c.lifeEventId, c.status, count(c)) from LifeEventCase c"
            + " where c.status in (no.lifecase.casefile.CaseStatus.OPEN, no.lifecase.casefile.CaseStatus.WAITING)"
            + " group by c.lifeEventId, c.status")
    List<OpenCases> countOpenByLifeEvent();
}
