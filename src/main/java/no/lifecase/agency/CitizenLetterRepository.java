package no.lifecase.agency;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CitizenLetterRepository extends JpaRepository<CitizenLetter, String> {

    List<CitizenLetter> findByCaseRefOrderBySentAtAsc(String caseRef);
}
