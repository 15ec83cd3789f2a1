package no.lifecase.processowner;

import java.util.List;

/**
 * What a process owner asks to migrate: the source and target process definitions, by id or by key and
 * versions, and explicit instructions for activities whose ids differ between the versions. Activities with
 * equal ids are mapped without asking; an explicit instruction replaces that mapping for its source activity.
 *
 * @param onlyValidInstances start the batch for the cases the dry run found migratable and leave the others on
 *                           the source version; without it, one case that cannot be migrated stops the batch
 */
record MigrationRequest(String sourceDefinitionId, String targetDefinitionId, String key, Integer sourceVersion,
                        Integer targetVersion, List<Instruction> instructions, Boolean onlyValidInstances) {

    /** Map the activity {@code sourceActivityId} of the source version to {@code targetActivityId} of the target. */
    record Instruction(String sourceActivityId, String targetActivityId, Boolean updateEventTrigger) {
    }

    List<Instruction> instructionsOrEmpty() {
        return instructions == null ? List.of() : instructions;
    }

    boolean onlyValid() {
        return Boolean.TRUE.equals(onlyValidInstances);
    }
}
