package no.lifecase.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import no.lifecase.casefile.CasePlan;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.casefile.TimelineKind;
import no.lifecase.language.Text;
import org.springframework.lang.Nullable;

/** One case as its citizen sees it: what happened, what comes next, which register data was used and why, and what waits for them. */
@Schema(description = "A case of the logged-in citizen with its timeline, plan, register reads and open tasks")
public record CaseDetails(
        @Schema(example = "LE-2026-000123") String reference,
        @Schema(example = "having-a-child") String lifeEvent,
        CaseSummary.Title title,
        CaseStatus status,
        Instant openedAt,
        @Nullable Instant closedAt,
        List<TimelineEntry> timeline,
        List<PlanStep> plan,
        List<DataAccess> dataAccess,
        List<OpenTask> tasks,
        @Schema(description = "The heirs' declaration the reader is asked to sign, with their own signing link; null unless they sign it (docs/adr/0062)")
        @Nullable CitizenSigning.Panel declarationSigning) {

    @Schema(description = "Something that happened on the case, in plain language")
    public record TimelineEntry(Instant occurredAt, TimelineKind kind, String text, @Nullable String agency) {
    }

    @Schema(description = "A step still ahead: in progress, next for certain, or possible depending on a decision")
    public record PlanStep(String name, CasePlan.StepStatus status, @Nullable String agency, @Nullable Instant expectedBy) {
    }

    @Schema(description = "One read of a register for this case, with its purpose and legal basis in bokmål, nynorsk and English")
    public record DataAccess(Instant accessedAt, @Schema(example = "folkeregisteret") String register, Text purpose, Text legalBasis,
                             @Schema(description = "Whose data was read; a fødselsnummer shows its birth date digits only",
                                     example = "030815*****") String about,
                             @Schema(description = "The fields read, as the register names them") List<String> fields) {
    }

    @Schema(description = "A question or task that waits for the citizen")
    public record OpenTask(String id, @Nullable String name, @Nullable Instant created, @Nullable Instant due) {
    }
}
