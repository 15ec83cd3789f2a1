package no.lifecase.casefile;

import org.springframework.stereotype.Component;

/** Why a case reads the register: the purpose of its life event, shown to the citizen beside each read. */
@Component
public class CasePurpose {

    private final CaseService cases;
    private final CaseTypes caseTypes;

    CasePurpose(CaseService cases, CaseTypes caseTypes) {
        this.cases = cases;
        this.caseTypes = caseTypes;
    }

    /**
     * @throws CaseNotFound if there is no such case: a register read must always belong to one
     */
    public AccessPurpose of(CaseReference reference) {
        var lifeEventCase = cases.find(reference).orElseThrow(CaseNotFound::new);
        var lifeEventId = lifeEventCase.lifeEventId();
        return caseTypes.find(lifeEventId).<AccessPurpose>map(type -> type.accessPurpose(lifeEventCase.variant()))
                .orElseThrow(() -> new IllegalStateException("Case " + reference + " has unknown life event " + lifeEventId));
    }
}
