package no.lifecase.register.estate;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EstateOverviewRepository extends JpaRepository<EstateOverviewEntry, Long> {

    /** In the order gathered: banks (dsop), property (kartverket), vehicles (vegvesen). */
    List<EstateOverviewEntry> findByCaseRefOrderBySourceAscItemNoAsc(String caseRef);

    /** A bulk delete, run at once: entity removal would reach the database after the new rows, on the unique key. */
    @Modifying(flushAutomatically = true)
    @Query("delete from EstateOverviewEntry e where e.caseRef = :caseRef")
    int deleteByCaseRef(@Param("caseRef") String caseRef);
}
