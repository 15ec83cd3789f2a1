package no.lifecase.modeltext;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.lifecase.language.Language;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/**
 * Every model Lifecase ships (and the test-only one that spring-boot:run deploys) has a text in bokmål, nynorsk and English
 * for each element a citizen sees, and no text for an element it does not have (docs/adr/0050).
 */
class ShippedModelTextsTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/main/java/no/lifecase"), Path.of("src/test/java/no/lifecase"));

    @Test
    void every_element_a_citizen_sees_has_its_text_in_all_three_languages_and_no_text_is_left_over() throws IOException {
        var models = models();
        assertThat(models).hasSizeGreaterThanOrEqualTo(9);
        var findings = new ArrayList<String>();
        for (var model : models) {
            CitizenTexts.check(Bpmn.readModelFromFile(model.toFile()), textsOf(model))
                    .forEach(finding -> findings.add(model.getFileName() + ": " + finding.message()));
        }
        assertThat(findings).isEmpty();
    }

    @Test
    void every_model_with_a_task_for_a_person_or_a_life_event_has_texts() throws IOException {
        for (var model : models()) {
            var instance = Bpmn.readModelFromFile(model.toFile());
            boolean personTask = instance.getModelElementsByType(UserTask.class).stream().anyMatch(CitizenTexts::forAPerson);
            if (personTask || model.toString().contains("/lifeevent/")) {
                assertThat(textsOf(model).keys()).as("texts of %s", model).isNotEmpty();
            }
        }
    }

    @Test
    void a_text_names_an_agency_only_through_the_placeholder_that_is_filled_in_the_readers_language() throws IOException {
        for (var model : models()) {
            var texts = textsOf(model);
            for (var key : texts.keys()) {
                for (var language : Language.values()) {
                    var text = texts.text(key, language).orElseThrow();
                    assertThat(text).as("%s %s in %s", model.getFileName(), key, language)
                            .doesNotContainPattern("\\{(?!agency\\})").doesNotContain("${");
                }
            }
        }
    }

    private static List<Path> models() throws IOException {
        var models = new ArrayList<Path>();
        for (var folder : FOLDERS) {
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(file -> file.toString().endsWith(".bpmn")).sorted().forEach(models::add);
            }
        }
        return models;
    }

    private static ModelTexts textsOf(Path model) throws IOException {
        var texts = new EnumMap<Language, Map<String, String>>(Language.class);
        for (var language : Language.values()) {
            var file = model.resolveSibling(ModelTextFiles.textsOf(model.getFileName().toString(), language).orElseThrow());
            if (Files.exists(file)) {
                texts.put(language, ModelTextFiles.read(Files.readAllBytes(file)));
            }
        }
        return new ModelTexts(texts);
    }
}
