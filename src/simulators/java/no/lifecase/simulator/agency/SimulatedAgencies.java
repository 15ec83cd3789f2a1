package no.lifecase.simulator.agency;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import no.lifecase.agency.AgencyInbox;
import no.lifecase.agency.AgencyNotice;
import no.lifecase.agency.AgencyNotices;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The agencies we cannot reach: they take every notice and send a receipt a moment after the sending
 * step has committed, as a real agency would. Tests may silence an agency to see what happens when no
 * receipt comes.
 */
@Component
@Profile("simulators")
public class SimulatedAgencies implements AgencyInbox {

    /** What an agency received, for tests and for the demo. */
    public record Received(String noticeId, String caseRef, String agency, String notice, int attempt) {
    }

    private static final Logger log = LoggerFactory.getLogger(SimulatedAgencies.class);
    private static final int RECEIPT_ATTEMPTS = 5;

    private final ObjectProvider<AgencyNotices> notices;   // notices need an inbox, so the receipt side is looked up late
    private final Duration receiptDelay;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Set<String> silent = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService receipts = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "simulated-agency-receipts");
        thread.setDaemon(true);
        return thread;
    });

    SimulatedAgencies(ObjectProvider<AgencyNotices> notices,
                      @Value("${lifecase.simulator.agencies.receipt-delay:PT1S}") Duration receiptDelay) {
        this.notices = notices;
        this.receiptDelay = receiptDelay;
    }

    @Override
    public void deliver(AgencyNotice notice) {
        received.add(new Received(notice.id(), notice.caseRef(), notice.agency(), notice.notice(), notice.attempts()));
        if (silent.contains(notice.agency())) {
            return;
        }
        String id = notice.id();
        Runnable sendReceipt = () -> sendReceipt(id, 1);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendReceipt.run();
                }
            });
        } else {
            sendReceipt.run();
        }
    }

    /**
     * A receipt the case could not take (say another node moved the case on at that moment and the engine's
     * optimistic lock refused it) is delivered again a little later, as a message exchange does.
     */
    private void sendReceipt(String noticeId, int attempt) {
        receipts.schedule(() -> {
            try {
                notices.getObject().receiptFor(noticeId);
            } catch (RuntimeException e) {
                if (attempt < RECEIPT_ATTEMPTS) {
                    sendReceipt(noticeId, attempt + 1);
                } else {
                    log.warn("Receipt for notice {} not taken after {} attempts: {}", noticeId, attempt, e.getMessage());
                }
            }
        }, receiptDelay.toMillis() * attempt, TimeUnit.MILLISECONDS);
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** This agency stops sending receipts (or starts again). */
    public void silence(String agency, boolean silenced) {
        if (silenced) {
            silent.add(agency);
        } else {
            silent.remove(agency);
        }
    }
}
