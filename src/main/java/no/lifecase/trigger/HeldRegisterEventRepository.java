package no.lifecase.trigger;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface HeldRegisterEventRepository extends JpaRepository<HeldRegisterEvent, Long> {

    /** The oldest held events no other node is delivering right now (SKIP LOCKED, as the feed cursor). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select held from HeldRegisterEvent held order by held.heldAt, held.id")
    List<HeldRegisterEvent> lockOldest(Pageable page);

    boolean existsByFeedNameAndEventKey(String feedName, String eventKey);
}
