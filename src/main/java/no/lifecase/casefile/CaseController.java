package no.lifecase.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The case API for staff and agency systems: read a case with its timeline and plan. Opening one is the life events' door ({@code lifeevent/CaseOpeningController}). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Life-event cases: opened, read, and what comes next")
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
    @Operation(operationId = "getCase", summary = "A case",
            description = "The case with its status, its timeline (what happened, by which agency) and every register read "
                    + "with its purpose and legal basis")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "403", description = "The staff user is not an administrator")
    @ApiResponse(responseCode = "404", description = "No case has this reference")
    CaseViews.CaseView get(@PathVariable String reference) {
        return views.of(find(reference));
    }

    /** The steps still ahead: in progress, next, and possible depending on a decision. */
    @GetMapping("/{reference}/plan")
    @Operation(operationId = "getCasePlan", summary = "What comes next in a case",
            description = "The steps still ahead: in progress (with its agency and due date), next for certain, and possible "
                    + "depending on a decision; empty once the case is closed")
    @ApiResponse(responseCode = "200", description = "The steps, in the order the process reaches them")
    @ApiResponse(responseCode = "403", description = "The staff user is not an administrator")
    @ApiResponse(responseCode = "404", description = "No case has this reference")
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
