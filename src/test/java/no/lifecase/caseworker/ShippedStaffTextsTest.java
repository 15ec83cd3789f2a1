package no.lifecase.caseworker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;
import no.lifecase.modeltext.ModelTextFiles;
import no.lifecase.modeltext.ModelTexts;
import no.lifecase.modeltext.StaffTexts;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every task an agency works, in every model Lifecase ships, has its name for caseworkers in bokmål, nynorsk and English,
 * and every form of such a task has all its texts in the three languages, speaks bokmål itself (which Tasklist shows) and
 * shows the task's case (docs/adr/0059). A new agency task or staff form without its texts fails here.
 */
class ShippedStaffTextsTest {

    private static final List<Path> FOLDERS = List.of(Path.of("src/main/java/no/lifecase"), Path.of("src/test/java/no/lifecase"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_agency_task_has_its_staff_name_in_all_three_languages() {
        var findings = new ArrayList<String>();
        int agencyTasks = 0;
        for (var model : files(".bpmn")) {
            var instance = Bpmn.readModelFromFile(model.toFile());
            agencyTasks += (int) instance.getModelElementsByType(UserTask.class).stream().filter(StaffTexts::forAnAgency).count();
            StaffTexts.check(instance, modelTexts(model)).forEach(finding -> findings.add(model.getFileName() + ": " + finding.message()));
        }
        assertThat(agencyTasks).as("the shipped models' agency tasks").isGreaterThanOrEqualTo(21);
        assertThat(findings).isEmpty();
    }

    @Test
    void the_staff_name_is_not_the_citizens_text_and_not_the_english_name() {
        var texts = modelTexts(Path.of("src/main/java/no/lifecase/lifeevent/havingachild/having-a-child.bpmn"));
        assertThat(texts.staff("Task_AssessChildBenefit", Language.NB)).contains("Vurder barnetrygd");
        assertThat(texts.staff("Task_AssessChildBenefit", Language.EN)).contains("Assess child benefit");
        assertThat(texts.step("Task_AssessChildBenefit", Language.NB)).isNotEqualTo(texts.staff("Task_AssessChildBenefit", Language.NB));
    }

    @Test
    void the_staff_forms_are_the_forms_of_every_agency_task() {
        assertThat(staffForms()).hasSizeGreaterThanOrEqualTo(20)
                .contains("home-visit", "assess-child-benefit", "notice-follow-up", "organisation-registration-check");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staffForms")
    void every_text_of_a_staff_form_is_there_in_every_language_and_the_form_itself_speaks_bokmal(String formId) {
        Path form = forms().get(formId);
        assertThat(form).as("form %s", formId).isNotNull();
        JsonNode definition = read(form);
        var texts = textsBeside(form);

        assertThat(texts.missing(definition)).as("texts missing beside %s", form).isEmpty();
        assertThat(texts.leftOver(definition)).as("texts beside %s for nothing the form shows", form).isEmpty();
        for (var key : FormTexts.keysOf(definition)) {
            assertThat(ownText(definition, key)).as("%s in %s is the bokmål text, which Tasklist shows", key, form)
                    .isEqualTo(texts.find(key, Language.NB).orElse(null));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("staffForms")
    void every_staff_form_shows_the_case_of_its_task(String formId) {
        var components = read(forms().get(formId)).path("components");
        assertThat(components.get(0).path("type").asText()).isEqualTo("text");
        assertThat(components.get(0).path("text").asText()).isEqualTo("{{" + no.lifecase.casefile.CaseHistoryLevel.CASE_CONTEXT + "}}");
    }

    @Test
    void nynorsk_is_written_not_copied() {
        int same = 0;
        int all = 0;
        for (String formId : staffForms().toList()) {
            Path form = forms().get(formId);
            var texts = textsBeside(form);
            for (String key : FormTexts.keysOf(read(form))) {
                all++;
                if (texts.find(key, Language.NN).equals(texts.find(key, Language.NB))) {
                    same++;
                }
            }
        }
        // Short words ("Vedtak", "Avslått", "Utfall") and the case line are the same in both; sentences are not.
        assertThat(same).as("%d of %d texts are identical in bokmål and nynorsk", same, all).isLessThan(all / 3);
    }

    static Stream<String> staffForms() {
        var ids = new LinkedHashSet<String>();
        for (var model : files(".bpmn")) {
            for (var task : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(UserTask.class)) {
                if (StaffTexts.forAnAgency(task) && task.getCamundaFormRef() != null) {
                    ids.add(task.getCamundaFormRef());
                }
            }
        }
        return ids.stream();
    }

    private static String ownText(JsonNode form, String key) {
        String componentId = key.substring(0, key.indexOf('.'));
        String rest = key.substring(key.indexOf('.') + 1);
        var component = find(form.path("components"), componentId);
        if (rest.startsWith("values.")) {
            String value = rest.substring("values.".length());
            for (var option : component.path("values")) {
                if (value.equals(option.path("value").asText())) {
                    return option.path("label").asText();
                }
            }
            return null;
        }
        return component.path(rest).asText(null);
    }

    private static JsonNode find(JsonNode components, String id) {
        for (var component : components) {
            if (id.equals(component.path("id").asText())) {
                return component;
            }
            var inside = find(component.path("components"), id);
            if (!inside.isMissingNode()) {
                return inside;
            }
        }
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
    }

    private static ModelTexts modelTexts(Path model) {
        var texts = new EnumMap<Language, Map<String, String>>(Language.class);
        for (var language : Language.values()) {
            var file = model.resolveSibling(ModelTextFiles.textsOf(model.getFileName().toString(), language).orElseThrow());
            if (Files.exists(file)) {
                try {
                    texts.put(language, ModelTextFiles.read(Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new ModelTexts(texts);
    }

    private static Map<String, Path> forms() {
        var forms = new HashMap<String, Path>();
        files(".form").forEach(form -> forms.put(read(form).path("id").asText(), form));
        return forms;
    }

    private static FormTexts textsBeside(Path form) {
        String name = form.getFileName().toString();
        var files = new EnumMap<Language, InputStream>(Language.class);
        for (Language language : Language.values()) {
            Path texts = form.resolveSibling(name.replace(".form", "_" + language.tag() + ".properties"));
            if (Files.exists(texts)) {
                try {
                    files.put(language, Files.newInputStream(texts));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return FormTexts.read(files);
    }

    private static List<Path> files(String extension) {
        return FOLDERS.stream().flatMap(folder -> {
            try (var files = Files.walk(folder)) {
                return files.filter(file -> file.toString().endsWith(extension)).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList();
    }

    private static JsonNode read(Path form) {
        try {
            return JSON.readTree(form.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
