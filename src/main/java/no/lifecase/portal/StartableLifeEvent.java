package no.lifecase.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import no.lifecase.caseworker.TaskForm;
import no.lifecase.language.Language;
import org.springframework.lang.Nullable;

/** A life event the logged-in citizen can start, with the questions of its start form. */
@Schema(description = "A life event the citizen starts themselves, with its start form's questions")
record StartableLifeEvent(
        @Schema(example = "losing-and-finding-a-job") String id,
        CaseSummary.Title title,
        @Schema(description = "The ID-porten level (acr) a login must have to start it", example = "idporten-loa-high") String requiredLevel,
        @Schema(description = "Whether the current login's level is high enough") boolean allowed,
        @Schema(description = "Where to POST the answers, as a JSON object keyed by field key") String startUri,
        @Schema(description = "The start form's questions, in the form's order and the portal's language") List<Field> fields) {

    /** One question of the start form, with the rules the answer is checked against. */
    @Schema(name = "StartFormField", description = "A question of the start form (a Camunda Form field) and its rules")
    record Field(@Schema(example = "lastWorkingDay") String key,
                 @Schema(example = "Last working day") String label,
                 @Schema(description = "Camunda Form field type", example = "datetime") String type,
                 @Nullable @Schema(description = "date, time or datetime for a datetime field") String subtype,
                 boolean required,
                 @Schema(description = "Shown only under a condition; never required by the API") boolean conditional,
                 @Nullable Integer minLength, @Nullable Integer maxLength, @Nullable Double min, @Nullable Double max,
                 @Nullable String pattern,
                 @Schema(description = "The allowed values of a choice") List<TaskForm.Option> options) {

        /** The field with its label and options in the reader's language (docs/adr/0052). */
        static Field of(TaskForm.Field field, PortalForm form, Language language) {
            return new Field(field.key(), form.label(field.key(), language), field.type(), field.subtype(),
                    field.required() && !field.conditional(), field.conditional(), field.minLength(), field.maxLength(), field.min(),
                    field.max(), field.pattern(), form.options(field.key(), language));
        }
    }

    static StartableLifeEvent of(CitizenStarts.Startable startable, CitizenUser citizen, Language language) {
        var form = startable.form();
        return new StartableLifeEvent(startable.id(), startable.title(), startable.rule().requiredLevel().acr(),
                startable.allows(citizen), PortalSecurity.API + "/life-events/" + startable.id(),
                form.fields().fields().values().stream().filter(field -> !field.readOnly())
                        .map(field -> Field.of(field, form, language)).toList());
    }
}
