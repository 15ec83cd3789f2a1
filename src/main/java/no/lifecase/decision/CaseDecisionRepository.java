package no.lifecase.decision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseDecisionRepository extends JpaRepository<CaseDecision, String> {

    List<CaseDecision> findByCaseRefOrderByDecidedAtAscIdAsc(String caseRef);

    List<CaseDecision> findByCaseRefAndSubjectOrderByDecidedAtDesc(String caseRef, String subject);
}
