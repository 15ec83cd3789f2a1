package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.lifecase.formtexts.FormTexts;
import no.lifecase.language.Language;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form a citizen fills in, in the models Lifecase ships (and the test-only moving-house life event), has every
 * label, help text, text and option in bokmål, nynorsk and English, and no text for something the form does not show
 * (docs/adr/0052). A citizen never reads the form's own working English.
 */
class ShippedCitizenFormTextsTest {

    private static final List<Path> MODELS = List.of(Path.of("src/main/java/no/lifecase"),
            Path.of("src/test/java/no/lifecase/lifeevent/movinghouse"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theCitizenFormsAreTheFormsOfPeoplesTasksAndOfStartEvents() {
        assertThat(citizenForms()).containsExactlyInAnyOrder("parental-benefit-offer", "losing-a-job-start", "employment-report",
                "fodselsnummer-application", "choose-regular-gp", "answer-advance-notice", "seriously-ill-child-start", "municipal-services-offer",
                "expected-turnover", "voluntary-registration-offer", "moving-house-household", "estate-settlement-declaration",
                "estate-distribution-report", "estate-tax-return", "evidence-check");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("citizenForms")
    void everyTextOfTheFormIsThereInEveryLanguageAndNothingElse(String formId) {
        Path form = forms().get(formId);
        JsonNode definition = read(form);
        var texts = textsBeside(form);

        assertThat(FormTexts.keysOf(definition)).as("the form shows texts").isNotEmpty();
        assertThat(texts.missing(definition)).as("texts missing beside %s", form).isEmpty();
        assertThat(texts.leftOver(definition)).as("texts beside %s for nothing the form shows", form).isEmpty();
    }

    @Test
    void nynorskIsWrittenNotCopied() {
        int same = 0;
        int all = 0;
        for (String formId : citizenForms().toList()) {
            Path form = forms().get(formId);
            var texts = textsBeside(form);
            for (String key : FormTexts.keysOf(read(form))) {
                all++;
                if (texts.find(key, Language.NN).equals(texts.find(key, Language.NB))) {
                    same++;
                }
            }
        }
        // Names, numbers and short words ("Ja", "Arbeid", "Sak") are the same in both; whole sentences are not.
        assertThat(same).as("%d of %d texts are identical in bokmål and nynorsk", same, all).isLessThan(all / 5);
    }

    static Stream<String> citizenForms() {
        var ids = new LinkedHashSet<String>();
        models(".bpmn").forEach(model -> ids.addAll(CitizenFormTexts.citizenForms(Bpmn.readModelFromFile(model.toFile()))));
        return ids.stream();
    }

    private static Map<String, Path> forms() {
        var forms = new HashMap<String, Path>();
        models(".form").forEach(form -> forms.put(read(form).path("id").asText(), form));
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

    private static List<Path> models(String extension) {
        return MODELS.stream().flatMap(folder -> {
            try (var files = Files.walk(folder)) {
                return files.filter(file -> file.toString().endsWith(extension)).toList().stream();
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
