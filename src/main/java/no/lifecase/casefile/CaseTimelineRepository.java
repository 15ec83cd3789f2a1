package no.lifecase.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseTimelineRepository extends JpaRepository<CaseTimelineEntry, Long> {

    List<CaseTimelineEntry> findByLifeEventCaseOrderByOccurredAtAscIdAsc(LifeEventCase lifeEventCase);
}
