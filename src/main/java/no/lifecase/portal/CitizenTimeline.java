package no.lifecase.portal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.lifecase.casefile.CasePageFacts.TimelineLine;
import no.lifecase.casefile.TimelineKind;
import no.lifecase.language.Language;
import no.lifecase.modeltext.DeployedModelTexts;
import no.lifecase.modeltext.ModelTexts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case's history as the person reads it (docs/adr/0051): one line for each thing that happened to them, in their
 * language, rendered when the page is read from what each entry keeps (its kind, element, model and agency). The
 * engine's step-level entries stay as they are for staff; a step shows here only if its model gives it a line
 * ({@code <elementId>.done}), so starting a step, gateways and register reads never do.
 */
@Component
class CitizenTimeline {

    private final DeployedModelTexts modelTexts;
    private final MessageSource messages;
    private final AgencyNames agencyNames;

    CitizenTimeline(DeployedModelTexts modelTexts, MessageSource messages, AgencyNames agencyNames) {
        this.modelTexts = modelTexts;
        this.messages = messages;
        this.agencyNames = agencyNames;
    }

    List<CaseDetails.TimelineEntry> of(List<TimelineLine> entries, Language language) {
        var lines = new ArrayList<CaseDetails.TimelineEntry>();
        var toldInOwnWords = toldInOwnWords(entries, language);
        boolean opened = false;
        for (var entry : entries) {
            var line = switch (entry.kind()) {
                case CASE_OPENED -> Optional.of(message(opened ? "timeline.line.CASE_REOPENED" : "timeline.line.CASE_OPENED", language));
                case STEP_COMPLETED, EVENT -> done(entry, language);
                case WORK_STARTED, DEADLINE_REMINDER, DEADLINE_PASSED, HANDED_OVER -> Optional.of(aboutAgency(entry, language));
                // An agency's decision, or the citizen's answer, on a step the model tells in its own words is told once, so.
                case DECISION_MADE -> toldInOwnWords.contains(entry.activityId()) ? Optional.<String>empty() : Optional.of(aboutAgency(entry, language));
                case CLOCK_RESUMED -> toldInOwnWords.contains(entry.activityId()) ? Optional.<String>empty()
                        : Optional.of(message("timeline.line.CLOCK_RESUMED", language));
                case CLOCK_STOPPED -> Optional.of(waiting(entry, language));
                case CASE_CLOSED -> Optional.of(message("timeline.line.CASE_CLOSED", language));
                case STEP_STARTED, STEP_CANCELLED -> Optional.<String>empty();
            };
            opened |= entry.kind() == TimelineKind.CASE_OPENED;
            line.filter(text -> !repeats(lines, entry, text))
                    .ifPresent(text -> lines.add(new CaseDetails.TimelineEntry(entry.occurredAt(), entry.kind(), text, entry.agency())));
        }
        return lines;
    }

    /** The steps that have completed with a line of their own in the model's texts. */
    private Set<String> toldInOwnWords(List<TimelineLine> entries, Language language) {
        var steps = new HashSet<String>();
        entries.stream().filter(entry -> entry.kind() == TimelineKind.STEP_COMPLETED && done(entry, language).isPresent())
                .forEach(entry -> steps.add(entry.activityId()));
        return steps;
    }

    /** The line the model gives the step or event once it has happened; none for steps that are the engine's own. */
    private Optional<String> done(TimelineLine entry, Language language) {
        return texts(entry).done(entry.activityId(), language)
                .map(text -> text.contains(ModelTexts.AGENCY) ? ModelTexts.withAgency(text, agency(entry, language)) : text);
    }

    private String aboutAgency(TimelineLine entry, Language language) {
        return message("timeline.line." + entry.kind(), language, agency(entry, language));
    }

    private String waiting(TimelineLine entry, Language language) {
        return texts(entry).step(entry.activityId(), language)
                .map(task -> message("timeline.line.CLOCK_STOPPED", language, task))
                .orElseGet(() -> message("timeline.line.CLOCK_STOPPED.plain", language));
    }

    private ModelTexts texts(TimelineLine entry) {
        return modelTexts.ofProcessDefinition(entry.processDefinitionId());
    }

    private String agency(TimelineLine entry, Language language) {
        var names = agencyNames.inSentence(entry.agency(), language);
        return names.isEmpty() ? message("timeline.agency.unknown", language) : names;
    }

    /** The same line again on the same day (a notice sent twice, two tasks taken up at once) adds nothing to read. */
    private static boolean repeats(List<CaseDetails.TimelineEntry> lines, TimelineLine entry, String text) {
        return !lines.isEmpty() && Objects.equals(lines.get(lines.size() - 1).text(), text)
                && PortalDates.dayOf(lines.get(lines.size() - 1).occurredAt()).equals(PortalDates.dayOf(entry.occurredAt()));
    }

    private String message(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
