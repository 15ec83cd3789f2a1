package no.lifecase.casefile;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case API for staff and agency systems: read a case with its timeline and plan. Opening one is the life events' door ({@code lifeevent/CaseOpeningController}). */
@RestController
@RequestMapping("/api/cases")
class CaseController {

    private final CaseService cases;
    private final CaseViews views;
    private final CasePlan plan;

    CaseController(CaseService cases, CaseViews views, CasePlan plan) {
        this.cases = cases;
        this.views = views;
        this.plan = plan;
    }

    @GetMapping("/{reference}")
    CaseViews.CaseView get(@PathVariable String reference) {
        return views.of(find(reference));
    }

    /** The steps still ahead: in progress, next, and possible depending on a decision. */
    @GetMapping("/{reference}/plan")
    List<CasePlan.Step> plan(@PathVariable String reference) {
        return plan.of(find(reference));
    }

    private LifeEventCase find(String reference) {
        if (!CaseReference.isValid(reference)) {
            throw new CaseNotFound();
        }
        return cases.find(CaseReference.of(reference)).orElseThrow(CaseNotFound::new);
    }
}
