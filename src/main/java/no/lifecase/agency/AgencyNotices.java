package no.lifecase.agency;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sends notices to agencies and takes their receipts back into the waiting process. */
@Service
public class AgencyNotices {

    /** The message the notify-agency process waits for; it carries nothing but the notice id. */
    public static final String RECEIPT_MESSAGE = "Message_ReceiptReceived";
    public static final String NOTICE_ID = "noticeId";

    private static final Logger log = LoggerFactory.getLogger(AgencyNotices.class);

    private final AgencyNoticeRepository notices;
    private final AgencyInbox inbox;
    private final RuntimeService runtime;
    private final Clock clock;

    AgencyNotices(AgencyNoticeRepository notices, AgencyInbox inbox, RuntimeService runtime, Clock clock) {
        this.notices = notices;
        this.inbox = inbox;
        this.runtime = runtime;
        this.clock = clock;
    }

    /**
     * Sends the notice. The id is derived from {@code sendingKey} (the sending process instance), so a
     * retry, even one after a rolled-back attempt, sends the same notice again rather than a new one,
     * and the agency can tell.
     */
    @Transactional
    public AgencyNotice send(String caseRef, String agency, String notice, String sendingKey) {
        var id = UUID.nameUUIDFromBytes(sendingKey.getBytes(StandardCharsets.UTF_8)).toString();
        var sent = notices.findById(id)
                .map(existing -> {
                    existing.sentAgain(clock.instant());
                    return existing;
                })
                .orElseGet(() -> notices.save(new AgencyNotice(id, caseRef, agency, notice, clock.instant())));
        inbox.deliver(sent);
        log.info("Sent notice {} '{}' to {} for case {} (attempt {})", sent.id(), notice, agency, caseRef, sent.attempts());
        return sent;
    }

    /** An agency acknowledged a notice. Unknown or repeated receipts change nothing. */
    @Transactional
    public boolean receiptFor(String noticeId) {
        var notice = notices.findById(noticeId);
        if (notice.isEmpty() || !notice.get().acknowledge(clock.instant())) {
            return false;
        }
        var waiting = runtime.createMessageCorrelation(RECEIPT_MESSAGE)
                .processInstanceVariableEquals(NOTICE_ID, noticeId)
                .correlateAllWithResult();
        log.info("Receipt for notice {} from {} ({} waiting step(s) continued)", noticeId, notice.get().agency(), waiting.size());
        return true;
    }

    @Transactional(readOnly = true)
    public List<AgencyNotice> sentFor(String caseRef) {
        return notices.findByCaseRefOrderBySentAtAsc(caseRef);
    }
}
