package no.lifecase.processowner;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.lang.Nullable;

/**
 * What a process owner asks to migrate: the source and target process definitions, by id or by key and
 * versions, and explicit instructions for activities whose ids differ between the versions. Activities with
 * equal ids are mapped without asking; an explicit instruction replaces that mapping for its source activity.
 *
 * @param onlyValidInstances start the batch for the cases the dry run found migratable and leave the others on
 *                           the source version; without it, one case that cannot be migrated stops the batch
 */
@Schema(description = "The source and target definitions, by id or by key and versions, and instructions for the "
        + "activities whose ids differ between them")
record MigrationRequest(@Nullable String sourceDefinitionId, @Nullable String targetDefinitionId,
                        @Nullable @Schema(example = "having-a-child") String key, @Nullable @Schema(example = "1") Integer sourceVersion,
                        @Nullable @Schema(example = "2") Integer targetVersion, @Nullable List<Instruction> instructions,
                        @Nullable Boolean onlyValidInstances) {

    /** Map the activity {@code sourceActivityId} of the source version to {@code targetActivityId} of the target. */
    @Schema(name = "RequestedInstruction")
    record Instruction(String sourceActivityId, String targetActivityId, @Nullable Boolean updateEventTrigger) {
    }

    List<Instruction> instructionsOrEmpty() {
        return instructions == null ? List.of() : instructions;
    }

    boolean onlyValid() {
        return Boolean.TRUE.equals(onlyValidInstances);
    }
}
