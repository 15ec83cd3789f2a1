package no.lifecase.trigger;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HandledRegisterEventRepository extends JpaRepository<HandledRegisterEvent, Long> {

    /** Which of these events of the feed are handled already: one query per page, not one per event. */
    @Query("select handled.eventKey from HandledRegisterEvent handled where handled.feedName = :feedName and handled.eventKey in :eventKeys")
    Set<String> handledAmong(String feedName, Collection<String> eventKeys);

    boolean existsByLifeEventIdAndSubjectAndOutcome(String lifeEventId, String subject, EventOutcome.Kind outcome);
}
