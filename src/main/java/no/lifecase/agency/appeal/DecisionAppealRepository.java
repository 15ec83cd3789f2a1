package no.lifecase.agency.appeal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionAppealRepository extends JpaRepository<DecisionAppeal, String> {

    List<DecisionAppeal> findByDocumentIdOrderByReceivedAt(String documentId);

    List<DecisionAppeal> findByCaseRefOrderByReceivedAt(String caseRef);
}
