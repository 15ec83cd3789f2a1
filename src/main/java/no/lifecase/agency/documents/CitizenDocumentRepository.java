package no.lifecase.agency.documents;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenDocumentRepository extends JpaRepository<CitizenDocument, String> {

    List<CitizenDocument> findByRecipientInOrderBySentAtDesc(List<String> recipients);

    List<CitizenDocument> findByCaseRefOrderBySentAtDesc(String caseRef);
}
