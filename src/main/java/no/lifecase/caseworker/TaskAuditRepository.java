package no.lifecase.caseworker;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskAuditRepository extends JpaRepository<TaskAuditEntry, Long> {

    boolean existsByTaskIdAndActionIn(String taskId, Collection<TaskAuditEntry.Action> actions);

    /** The agency's entries, and the hand-overs of tasks to it. */
    @Query("select e from TaskAuditEntry e where e.agency = :agency or e.handedTo = :agency")
    Page<TaskAuditEntry> findByAgency(String agency, Pageable page);

    @Query("select e from TaskAuditEntry e where (e.agency = :agency or e.handedTo = :agency) and e.caseRef = :caseRef")
    Page<TaskAuditEntry> findByAgencyAndCaseRef(String agency, String caseRef, Pageable page);
}
