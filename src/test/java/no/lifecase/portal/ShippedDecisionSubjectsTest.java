package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every subject a shipped model decides has its name on the citizen's case page in bokmål, nynorsk and English
 * (docs/adr/0055), so "Vedtak i saken" never shows a model's key such as {@code omstillingsstonad}.
 */
class ShippedDecisionSubjectsTest {

    @ParameterizedTest(name = "messages-decisions{0}.properties")
    @ValueSource(strings = {"", "_nn", "_en"})
    void every_decided_subject_has_its_name_for_the_citizen(String language) throws IOException {
        var texts = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages-decisions" + language + ".properties"),
                StandardCharsets.UTF_8)) {
            texts.load(reader);
        }
        var subjects = decidedSubjects();

        assertThat(subjects).as("the subjects the shipped models decide")
                .contains("child-benefit", "care-benefit", "unemployment-benefit", "omstillingsstonad", "barnepensjon");
        assertThat(subjects).allSatisfy(subject -> assertThat(texts.getProperty("decision.subject." + subject))
                .as("decision.subject.%s", subject).isNotBlank());
    }

    private static Set<String> decidedSubjects() throws IOException {
        var subjects = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/no/lifecase"))) {
            for (var model : files.filter(file -> file.toString().endsWith(".bpmn")).toList()) {
                Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(CamundaProperty.class).stream()
                        .filter(property -> "decision".equals(property.getCamundaName()))
                        .forEach(property -> subjects.add(property.getCamundaValue()));
            }
        }
        return subjects;
    }
}
