package no.lifecase.casefile;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DataAccessRepository extends JpaRepository<DataAccessEntry, Long> {

    List<DataAccessEntry> findByLifeEventCaseOrderByAccessedAtAscIdAsc(LifeEventCase lifeEventCase);
}
