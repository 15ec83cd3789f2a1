package no.lifecase.casefile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What a transaction changed of each case's page: the engine's history events say the plan or the tasks moved, the
 * case file says which entries and reads it wrote. Just before the transaction commits, {@link CasePages} brings each
 * changed case's page up to date in it (docs/adr/0069); a transaction that rolls back leaves the pages as they were.
 * <p>
 * It depends on nothing of the engine, as the engine's plugin that feeds it is made before the engine is.
 */
@Component
class CasePageChanges {

    /** What one transaction changed of one case's page. */
    static final class Changes {

        boolean plan;
        /** Opened in this transaction: everything on its page was recorded here, and is in these changes. */
        boolean opened;
        final List<CasePageFacts.TimelineLine> lines = new ArrayList<>();
        final List<CasePageFacts.Read> reads = new ArrayList<>();
    }

    private final ObjectProvider<CasePages> pages;

    CasePageChanges(ObjectProvider<CasePages> pages) {
        this.pages = pages;
    }

    void opened(String reference) {
        changesOf(reference).opened = true;
    }

    void planMoved(String reference) {
        changesOf(reference).plan = true;
    }

    void recorded(String reference, CaseTimelineEntry entry) {
        changesOf(reference).lines.add(CasePageFacts.TimelineLine.of(entry));
    }

    void recorded(String reference, DataAccessEntry entry) {
        changesOf(reference).reads.add(CasePageFacts.Read.of(entry));
    }

    /** A transaction's changes, by case reference: sorted, so that transactions lock pages in one order. */
    private Changes changesOf(String reference) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // Outside a transaction nothing is written either; a case is only changed in one.
            return new Changes();
        }
        @SuppressWarnings("unchecked")
        var byCase = (Map<String, Changes>) TransactionSynchronizationManager.getResource(this);
        if (byCase == null) {
            byCase = new TreeMap<>();
            TransactionSynchronizationManager.bindResource(this, byCase);
            TransactionSynchronizationManager.registerSynchronization(new BeforeCommit(byCase));
        }
        return byCase.computeIfAbsent(reference, key -> new Changes());
    }

    private final class BeforeCommit implements TransactionSynchronization {

        private final Map<String, Changes> byCase;

        BeforeCommit(Map<String, Changes> byCase) {
            this.byCase = byCase;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            // Bringing the pages up to date reads the engine, which must not add to the changes being applied.
            TransactionSynchronizationManager.unbindResource(CasePageChanges.this);
            pages.getObject().update(byCase);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(CasePageChanges.this);
        }
    }
}
