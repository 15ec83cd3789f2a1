package no.lifecase.casefile;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface LifeEventCaseRepository extends JpaRepository<LifeEventCase, Long> {

    Optional<LifeEventCase> findByReference(String reference);

    List<LifeEventCase> findBySubjectOrderByOpenedAtDescIdDesc(String subject);
}
