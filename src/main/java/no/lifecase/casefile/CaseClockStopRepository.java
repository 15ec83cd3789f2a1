package no.lifecase.casefile;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseClockStopRepository extends JpaRepository<CaseClockStop, Long> {

    Optional<CaseClockStop> findFirstByTaskIdAndEndedAtIsNull(String taskId);

    boolean existsByRootProcessInstanceIdAndEndedAtIsNull(String rootProcessInstanceId);

    List<CaseClockStop> findByRootProcessInstanceIdIn(Collection<String> rootProcessInstanceIds);
}
