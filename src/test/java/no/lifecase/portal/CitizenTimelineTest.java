package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyProperties;
import no.lifecase.casefile.CasePageFacts.TimelineLine;
import no.lifecase.casefile.TimelineKind;
import no.lifecase.language.Language;
import no.lifecase.modeltext.DeployedModelTexts;
import no.lifecase.modeltext.ModelTexts;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The step-level trail becomes one line per thing that happened, in the reader's language (docs/adr/0051). */
class CitizenTimelineTest {

    private static final String BIRTH = "having-a-child:1:1";
    private static final String NOTICE = "notify-agency:1:2";
    private static final Instant MORNING = Instant.parse("2026-03-02T08:00:00Z");

    private final DeployedModelTexts deployed = mock(DeployedModelTexts.class);
    private final CitizenTimeline timeline;

    CitizenTimelineTest() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages-timeline");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        timeline = new CitizenTimeline(deployed, messages, new AgencyNames(new AgencyCatalogue(new AgencyProperties(null, null)), messages));
        when(deployed.ofProcessDefinition(BIRTH)).thenReturn(new ModelTexts(Map.of(
                Language.NB, Map.of("Task_ChooseParentalBenefit", "Velg foreldrepenger eller engangsstønad",
                        "Task_ChooseParentalBenefit.done", "Du har svart på tilbudet",
                        "Task_NotifyHealthService.done", "{agency} har fått beskjed om fødselen"),
                Language.NN, Map.of("Task_ChooseParentalBenefit", "Vel foreldrepengar eller eingongsstønad",
                        "Task_ChooseParentalBenefit.done", "Du har svart på tilbodet",
                        "Task_NotifyHealthService.done", "{agency} har fått melding om fødselen"),
                Language.EN, Map.of("Task_ChooseParentalBenefit", "Choose parental benefit or the lump-sum grant",
                        "Task_ChooseParentalBenefit.done", "You have answered the offer",
                        "Task_NotifyHealthService.done", "{agency} has been told about the birth"))));
        when(deployed.ofProcessDefinition(NOTICE)).thenReturn(ModelTexts.NONE);
        when(deployed.ofProcessDefinition(null)).thenReturn(ModelTexts.NONE);
    }

    @Test
    void each_thing_that_happened_is_one_line_and_the_engines_steps_are_none() {
        var entries = List.of(
                entry(0, TimelineKind.CASE_OPENED, null, null, null),
                entry(1, TimelineKind.STEP_STARTED, "Task_FindFamily", null, BIRTH),
                entry(2, TimelineKind.STEP_COMPLETED, "Task_FindFamily", null, BIRTH),
                entry(3, TimelineKind.STEP_STARTED, "Task_NotifyHealthService", "kommune-4601", BIRTH),
                entry(4, TimelineKind.STEP_STARTED, "Task_SendNotice", "kommune-4601", NOTICE),
                entry(5, TimelineKind.STEP_COMPLETED, "Task_SendNotice", "kommune-4601", NOTICE),
                entry(6, TimelineKind.STEP_COMPLETED, "Task_NotifyHealthService", "kommune-4601", BIRTH),
                entry(7, TimelineKind.CLOCK_STOPPED, "Task_ChooseParentalBenefit", null, BIRTH),
                entry(8, TimelineKind.CLOCK_RESUMED, "Task_ChooseParentalBenefit", null, BIRTH),
                entry(9, TimelineKind.STEP_COMPLETED, "Task_ChooseParentalBenefit", null, BIRTH),
                entry(10, TimelineKind.WORK_STARTED, "Task_AssessChildBenefit", "nav", null),
                entry(11, TimelineKind.CASE_CLOSED, null, null, null));

        assertThat(timeline.of(entries, Language.NB)).extracting(CaseDetails.TimelineEntry::text).containsExactly(
                "Vi har opprettet saken",
                "Bergen kommune har fått beskjed om fødselen",
                "Saken venter på svar fra deg: Velg foreldrepenger eller engangsstønad. Fristene til etatene står stille så lenge.",
                "Du har svart på tilbudet",
                "Nav har begynt å arbeide med saken din",
                "Saken er avsluttet");
        assertThat(timeline.of(entries, Language.NN)).extracting(CaseDetails.TimelineEntry::text).containsExactly(
                "Vi har oppretta saka",
                "Bergen kommune har fått melding om fødselen",
                "Saka ventar på svar frå deg: Vel foreldrepengar eller eingongsstønad. Fristane til etatane står stille så lenge.",
                "Du har svart på tilbodet",
                "Nav har byrja å arbeide med saka di",
                "Saka er avslutta");
        assertThat(timeline.of(entries, Language.EN)).extracting(CaseDetails.TimelineEntry::text)
                .startsWith("We have opened your case", "Bergen municipality has been told about the birth");
    }

    @Test
    void a_reopened_case_says_so_and_a_repeated_line_on_one_day_shows_once() {
        var entries = List.of(
                entry(0, TimelineKind.CASE_OPENED, null, null, null),
                entry(1, TimelineKind.STEP_COMPLETED, "Task_NotifyHealthService", "kommune-4601", BIRTH),
                entry(2, TimelineKind.STEP_COMPLETED, "Task_NotifyHealthService", "kommune-4601", BIRTH),
                entry(3, TimelineKind.CASE_CLOSED, null, null, null),
                entry(4, TimelineKind.CASE_OPENED, null, null, null),
                entry(5, TimelineKind.CLOCK_RESUMED, "Task_Gone", null, BIRTH));

        assertThat(timeline.of(entries, Language.NB)).extracting(CaseDetails.TimelineEntry::text).containsExactly(
                "Vi har opprettet saken", "Bergen kommune har fått beskjed om fødselen", "Saken er avsluttet",
                "Vi har åpnet saken igjen", "Saken venter ikke lenger på deg, og fristene til etatene løper igjen.");
    }

    private static TimelineLine entry(int minute, TimelineKind kind, String activityId, String agency, String definition) {
        return new TimelineLine(minute, MORNING.plusSeconds(60L * minute), kind, agency, activityId, definition);
    }
}
