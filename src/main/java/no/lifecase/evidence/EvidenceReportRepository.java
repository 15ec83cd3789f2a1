package no.lifecase.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface EvidenceReportRepository extends JpaRepository<EvidenceReport, String> {

    List<EvidenceReport> findByProcessInstanceId(String processInstanceId);

    Optional<EvidenceReport> findByProcessInstanceIdAndReader(String processInstanceId, String reader);

    List<EvidenceReport> findByCaseRefAndReaderOrderByReportedAtAsc(String caseRef, String reader);
}
