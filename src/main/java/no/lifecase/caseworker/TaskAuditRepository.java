package no.lifecase.caseworker;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskAuditRepository extends JpaRepository<TaskAuditEntry, Long> {

    boolean existsByTaskIdAndActionIn(String taskId, Collection<TaskAuditEntry.Action> actions);

    Page<TaskAuditEntry> findByAgency(String agency, Pageable page);

    Page<TaskAuditEntry> findByAgencyAndCaseRef(String agency, String caseRef, Pageable page);
}
