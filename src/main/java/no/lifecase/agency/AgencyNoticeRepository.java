package no.lifecase.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AgencyNoticeRepository extends JpaRepository<AgencyNotice, String> {

    List<AgencyNotice> findByCaseRefOrderBySentAtAsc(String caseRef);
}
