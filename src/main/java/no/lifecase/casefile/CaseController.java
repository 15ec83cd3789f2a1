package no.lifecase.casefile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The case API for staff and agency systems: list cases, read one with its timeline and plan. Opening one is the life events' door ({@code lifeevent/CaseOpeningController}). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Life-event cases: opened, read, and what comes next")
class CaseController {

    private static final String PROBLEM_JSON = "application/problem+json";

    private final CaseService cases;
    private final CaseViews views;
    private final CasePlan plan;
    private final CaseList list;

    CaseController(CaseService cases, CaseViews views, CasePlan plan, CaseList list) {
        this.cases = cases;
        this.views = views;
        this.plan = plan;
        this.list = list;
    }

    @GetMapping
    @Operation(summary = "List cases",
            description = "The cases, newest opened first, a page at a time, each with its reference, life event, subject and "
                    + "status; `lifeEvent` keeps one life event's. The subject is not a filter, so that no identity number "
                    + "travels in a URL: pick a person's case from the page.")
    @ApiResponse(responseCode = "200", description = "A page of cases")
    @ApiResponse(responseCode = "400", description = "`lifeEvent` is not a known life event, or `page` or `size` is out of "
            + "range; `field` names it", content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "401", description = "No staff login", content = @Content)
    @ApiResponse(responseCode = "403", description = "The staff user is not an administrator", content = @Content)
    CaseList.Page list(@RequestParam(required = false) String lifeEvent, @RequestParam(defaultValue = "0") int page,
                       @RequestParam(defaultValue = "20") int size) {
        return list.page(lifeEvent, page, size);
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
