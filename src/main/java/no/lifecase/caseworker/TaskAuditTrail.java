package no.lifecase.caseworker;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import no.lifecase.agency.Agency;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the task audit of an agency for its supervisors: who claimed and completed what, with which values. */
@Service
class TaskAuditTrail {

    @Schema(name = "AuditEntry")
    record Entry(Instant occurredAt, TaskAuditEntry.Action action, String actor, @Nullable String assignee,
                 @Nullable String caseRef, String taskId, @Nullable String taskDefinitionKey, @Nullable String taskName,
                 @Nullable String formValues, @Nullable String handedTo, @Nullable String reason) {
    }

    @Schema(name = "AuditPage")
    record Page(int page, int size, long totalElements, int totalPages, List<Entry> entries) {
    }

    private final TaskAuditRepository audit;

    TaskAuditTrail(TaskAuditRepository audit) {
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Page of(Agency agency, String caseRef, int page, int size) {
        var request = PageRequest.of(page, size, Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        var found = caseRef == null || caseRef.isBlank() ? audit.findByAgency(agency.id(), request)
                : audit.findByAgencyAndCaseRef(agency.id(), caseRef, request);
        var entries = found.getContent().stream()
                .map(entry -> new Entry(entry.occurredAt(), entry.action(), entry.actor(), entry.assignee(), entry.caseRef(),
                        entry.taskId(), entry.taskDefinitionKey(), entry.taskName(), entry.formValues(), entry.handedTo(),
                        entry.reason()))
                .toList();
        return new Page(page, size, found.getTotalElements(), found.getTotalPages(), entries);
    }
}
