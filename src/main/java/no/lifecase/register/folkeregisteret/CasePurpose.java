package no.lifecase.register.folkeregisteret;

import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseNotFound;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.lifeevent.LifeEvent;
import org.springframework.stereotype.Component;

/** Why a case reads the register: the purpose of its life event, shown to the citizen beside each read. */
@Component
class CasePurpose {

    private final CaseService cases;

    CasePurpose(CaseService cases) {
        this.cases = cases;
    }

    /**
     * @throws CaseNotFound if there is no such case: a register read must always belong to one
     */
    AccessPurpose of(CaseReference reference) {
        var lifeEventId = cases.find(reference).orElseThrow(CaseNotFound::new).lifeEventId();
        return AccessPurpose.of(LifeEvent.fromId(lifeEventId)
                .orElseThrow(() -> new IllegalStateException("Case " + reference + " has unknown life event " + lifeEventId)));
    }
}
