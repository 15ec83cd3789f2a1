package no.lifecase.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import no.lifecase.agency.appeal.AppealKind;
import no.lifecase.agency.appeal.AppealRefused;
import no.lifecase.agency.appeal.AppealStage;
import no.lifecase.agency.appeal.Appeals;
import no.lifecase.agency.appeal.DecisionAppeal;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Appeals and review requests through the citizen API (docs/adr/0056), with the pages' rule: whoever may read a decision
 * may appeal it, and anyone else gets 404 as if it did not exist.
 */
@RestController
@RequestMapping(PortalSecurity.API)
@Tag(name = "My letters and decisions", description = "The letters and decisions sent to the logged-in citizen")
class CitizenAppealsApi {

    private final CitizenInbox inbox;
    private final Appeals appeals;
    private final AutomatedDecisions automated;

    CitizenAppealsApi(CitizenInbox inbox, Appeals appeals, AutomatedDecisions automated) {
        this.automated = automated;
        this.inbox = inbox;
        this.appeals = appeals;
    }

    @PostMapping("/documents/{id}/appeal")
    @Operation(operationId = "appealMyDecision", summary = "Appeal a decision",
            description = "Sends an appeal (forvaltningsloven §§ 28–32) to the agency that made the decision, as a task for it; if it "
                    + "upholds the decision, the appeal goes on to the appeal body. An appeal after the deadline is received and "
                    + "marked late (§ 31). Needs the session's CSRF token (X-CSRF-TOKEN header).")
    @ApiResponse(responseCode = "201", description = "The appeal is received and the agency has its task")
    @ApiResponse(responseCode = "400", description = "The body is not JSON, or the text is empty or longer than 4000 characters "
            + "(`field` names it)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such document, or not one the citizen may read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The document is a letter, or the citizen's earlier appeal of it is still open "
            + "(`reason` says which)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AppealReceipt> appeal(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id,
                                         @RequestBody AppealRequest request, Locale locale) {
        var document = inbox.open(citizen.fodselsnummer(), id).orElseThrow(InboxPages.DocumentNotFound::new);
        var appeal = appeals.appeal(document, citizen.fodselsnummer(), request.text());
        return ResponseEntity.status(HttpStatus.CREATED).body(AppealReceipt.of(appeal, inbox.agencyName(appeal.heldBy(), locale)));
    }

    @PostMapping("/documents/{id}/review-request")
    @Operation(operationId = "requestReviewOfMyDecision", summary = "Ask for a caseworker to look at an automated decision",
            description = "For a decision the rules took alone (GDPR art. 22 nr. 3): the agency that made it gets a task to look at it, "
                    + "and its answer is recorded on the case. Needs the session's CSRF token (X-CSRF-TOKEN header).")
    @ApiResponse(responseCode = "201", description = "The request is received and the agency has its task")
    @ApiResponse(responseCode = "400", description = "The body is not JSON, or the text is empty or longer than 4000 characters "
            + "(`field` names it)", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "404", description = "No such document, or not one the citizen may read",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "409", description = "The document is a letter or a caseworker's decision, or the citizen's earlier "
            + "request is still open (`reason` says which)", content = @Content(mediaType = "application/problem+json",
            schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<AppealReceipt> requestReview(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id,
                                                @RequestBody AppealRequest request, Locale locale) {
        var document = inbox.open(citizen.fodselsnummer(), id).orElseThrow(InboxPages.DocumentNotFound::new);
        var review = appeals.requestReview(document, citizen.fodselsnummer(), request.text(),
                automated.automated(document));
        return ResponseEntity.status(HttpStatus.CREATED).body(AppealReceipt.of(review, inbox.agencyName(review.heldBy(), locale)));
    }

    @ExceptionHandler(AppealRefused.class)
    ProblemDetail refused(AppealRefused refused) {
        var text = refused.reason().aboutTheText();
        var problem = ProblemDetail.forStatusAndDetail(text ? HttpStatus.BAD_REQUEST : HttpStatus.CONFLICT, refused.getMessage());
        problem.setTitle(text ? "Invalid text" : "Cannot be appealed this way");
        problem.setProperty("reason", refused.reason().name());
        if (text) {
            problem.setProperty("field", "text");
        }
        return problem;
    }

    @ExceptionHandler(InboxPages.DocumentNotFound.class)
    ProblemDetail notFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No letter or decision with that id that you may read");
        problem.setTitle("Document not found");
        return problem;
    }

    @Schema(name = "AppealRequest", description = "What the citizen disagrees with, or wants a caseworker to look at")
    record AppealRequest(@Nullable @Schema(description = "Plain text, at most 4000 characters", maxLength = 4000,
            example = "Barnet bor hos meg, ikke hos faren.") String text) {
    }

    @Schema(name = "AppealReceipt", description = "An appeal or review request as received, and who has it now")
    record AppealReceipt(String id, AppealKind kind, String document, @Schema(example = "LE-2026-000123") String caseReference,
                         Instant receivedAt,
                         @Nullable @Schema(description = "The appeal deadline; none for a review request") LocalDate deadline,
                         @Schema(description = "Received after the deadline; the agency may still consider it (forvaltningsloven § 31)")
                         boolean late,
                         AppealStage stage,
                         @Schema(description = "Who has it now, by name in the language asked for", example = "Arbeids- og velferdsetaten (Nav)")
                         String heldBy) {

        static AppealReceipt of(DecisionAppeal appeal, String heldBy) {
            return new AppealReceipt(appeal.id(), appeal.kind(), appeal.documentId(), appeal.caseRef(), appeal.receivedAt(),
                    appeal.deadline().orElse(null), appeal.late(), appeal.stage(), heldBy);
        }
    }
}
