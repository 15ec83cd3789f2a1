package no.lifecase.modeltext;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import no.lifecase.language.Language;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

class CitizenTextsTest {

    private static final String MODEL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_Test" targetNamespace="http://lifecase.no">
              <bpmn:process id="texts-test" name="Texts test" isExecutable="true">
                <bpmn:startEvent id="StartEvent_Begun" name="Begun"/>
                <bpmn:userTask id="Task_TellUs" name="Tell us" camunda:assignee="${subject}"/>
                <bpmn:userTask id="Task_Assess" name="Assess" camunda:candidateGroups="nav"/>
                <bpmn:userTask id="Task_Both" name="Both" camunda:candidateUsers="${subject}" camunda:candidateGroups="nav"/>
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Test
    void a_task_for_a_person_needs_its_text_in_every_language() {
        var findings = CitizenTexts.check(model(), new ModelTexts(Map.of(Language.NB, Map.of("Task_TellUs", "Fortell oss"))));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.elementId()).isEqualTo("Task_TellUs");
            assertThat(finding.missing()).containsExactlyInAnyOrder(Language.NN, Language.EN);
            assertThat(finding.message()).contains("Task_TellUs", "nn, en");
        });
    }

    @Test
    void an_agency_task_or_event_is_staff_only_until_it_has_a_text_and_then_needs_all_three() {
        var all = Map.of("Task_TellUs", "x");
        var findings = CitizenTexts.check(model(), new ModelTexts(Map.of(
                Language.NB, Map.of("Task_TellUs", "Fortell oss", "StartEvent_Begun.done", "Saken har begynt"),
                Language.NN, Map.of("Task_TellUs", "Fortel oss"),
                Language.EN, all)));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.key()).isEqualTo("StartEvent_Begun.done");
            assertThat(finding.missing()).containsExactlyInAnyOrder(Language.NN, Language.EN);
        });
    }

    @Test
    void a_text_for_an_element_the_model_does_not_have_is_left_over() {
        var texts = Map.of("Task_TellUs", "x", "Task_Gone.done", "y");
        var findings = CitizenTexts.check(model(), new ModelTexts(Map.of(Language.NB, texts, Language.NN, texts, Language.EN, texts)));

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.elementId()).isEqualTo("Task_Gone");
            assertThat(finding.leftOver()).isTrue();
            assertThat(finding.missing()).isEqualTo(Set.of());
        });
    }

    @Test
    void texts_are_read_as_utf_8_and_a_file_that_is_not_is_refused() {
        var read = ModelTextFiles.read("# kommentar\nTask_TellUs=Fortel oss kven som flyttar med deg – på nynorsk\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read).containsEntry("Task_TellUs", "Fortel oss kven som flyttar med deg – på nynorsk");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ModelTextFiles.read("Task_TellUs=Bl\u00e5".getBytes(StandardCharsets.ISO_8859_1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
    }

    @Test
    void the_texts_files_of_a_model_lie_beside_it() {
        assertThat(ModelTextFiles.textsOf("no/lifecase/lifeevent/havingachild/having-a-child.bpmn", Language.NN))
                .contains("no/lifecase/lifeevent/havingachild/having-a-child_nn.properties");
        assertThat(ModelTextFiles.baseOfTexts("forms/home-visit_en.properties")).contains("forms/home-visit");
        assertThat(ModelTextFiles.isTexts("application.properties")).isFalse();
        assertThat(ModelTexts.withAgency("{agency} har fått beskjed", "Bergen kommune")).isEqualTo("Bergen kommune har fått beskjed");
    }

    private static org.camunda.bpm.model.bpmn.BpmnModelInstance model() {
        return Bpmn.readModelFromStream(new java.io.ByteArrayInputStream(MODEL.getBytes(StandardCharsets.UTF_8)));
    }
}
