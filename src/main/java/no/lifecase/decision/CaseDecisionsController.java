package no.lifecase.decision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import no.lifecase.casefile.CaseNotFound;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The decisions on a case for staff (docs/adr/0055), beside the case itself ({@code GET /api/cases/{reference}}). */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Life-event cases: opened, read, and what comes next")
class CaseDecisionsController {

    private final CaseService cases;
    private final CaseDecisions decisions;

    CaseDecisionsController(CaseService cases, CaseDecisions decisions) {
        this.cases = cases;
        this.decisions = decisions;
    }

    @GetMapping("/{reference}/decisions")
    @Operation(operationId = "getCaseDecisions", summary = "The decisions on a case",
            description = "Every decision on the case, oldest first: who decided (an agency and its caseworker, or the rules "
                    + "with the version of the deployed decision), whether it was automatic, a recommendation to the caseworker or "
                    + "the caseworker's own, the inputs with the register each came from, the rules that matched, the outcome, "
                    + "the reasons and the legal basis; a caseworker's decision names the recommendation it had in view")
    @ApiResponse(responseCode = "200", description = "The decisions")
    @ApiResponse(responseCode = "403", description = "The staff user is not an administrator")
    @ApiResponse(responseCode = "404", description = "No case has this reference")
    List<DecisionView> decisions(@PathVariable String reference) {
        if (!CaseReference.isValid(reference) || cases.find(CaseReference.of(reference)).isEmpty()) {
            throw new CaseNotFound();
        }
        return decisions.onCase(reference).stream().map(DecisionView::of).toList();
    }

    /** One decision as the API shows it. */
    record DecisionView(String id, String subject, DecisionKind kind, @Nullable String outcome,
                        @Schema(description = "The agency id for a caseworker's decision, \"automatic\" for the rules' own, "
                                + "\"rules\" for their recommendation") String decidedBy,
                        @Nullable String caseworker, @Nullable String rule, @Nullable Integer ruleVersion,
                        List<String> matchedRules, List<InputView> inputs, @Nullable String reason, @Nullable String reasons,
                        String legalBasis, @Nullable String automationBasis, @Nullable String recommendationId, Instant decidedAt) {

        static DecisionView of(RecordedDecision decision) {
            var decidedBy = switch (decision.kind()) {
                case AUTOMATIC -> "automatic";
                case RECOMMENDATION -> "rules";
                case CASEWORKER -> decision.decidedBy();
            };
            return new DecisionView(decision.id(), decision.subject(), decision.kind(), decision.outcome(), decidedBy,
                    decision.caseworker(), decision.rule(), decision.ruleVersion(), decision.matchedRules(),
                    decision.inputs().stream().map(InputView::of).toList(), decision.reason(), decision.reasons(),
                    decision.legalBasis(), decision.automationBasis(), decision.recommendationId(), decision.decidedAt());
        }
    }

    /** One fact a decision rested on, its value written as text ("true", "540000", "employee"); null where nothing was known. */
    record InputView(String name, String label, @Nullable String value, @Nullable String register) {

        static InputView of(DecisionInput input) {
            return new InputView(input.name(), input.label(), input.value() == null ? null : String.valueOf(input.value()),
                    input.register());
        }
    }
}
