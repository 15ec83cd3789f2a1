package no.lifecase.trigger;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface FeedStateRepository extends JpaRepository<FeedState, String> {

    /**
     * {@code SELECT … FOR UPDATE SKIP LOCKED} (lock timeout -2 is Hibernate's SKIP_LOCKED): empty while another
     * node's poll holds the row, so that node reads the feed alone and this one skips the round. On H2 Hibernate
     * writes a plain FOR UPDATE, which waits instead; the embedded default is one node.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "-2"))
    @Query("select state from FeedState state where state.feedName = :feedName")
    Optional<FeedState> lockUnlessLocked(String feedName);
}
