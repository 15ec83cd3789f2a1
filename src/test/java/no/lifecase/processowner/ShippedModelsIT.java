package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.lifecase.language.Language;
import no.lifecase.lifeevent.LifeEvents;
import no.lifecase.modeltext.ModelTextFiles;
import no.lifecase.testsupport.LifecaseIT;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The models Lifecase ships keep the rules every upload keeps: the application's own {@link ModelValidator}, with its
 * real delegate beans and engine, checks every model and form shipped in src/main/java (each life event's folder, and
 * the shared ones). Each
 * process is checked as a process owner would upload it, with the forms and decisions it names; a file that no process
 * names is checked on its own. Not one finding is allowed, not even a warning: the shipped models are the example
 * process owners copy.
 */
@LifecaseIT
class ShippedModelsIT {

    private static final Path SHIPPED = Path.of("src/main/java");

    @Autowired
    private ModelValidator validator;

    @Autowired
    private ProcessOwnerProperties properties;

    @Autowired
    private LifeEvents lifeEvents;

    @ParameterizedTest(name = "{0}")
    @MethodSource("uploads")
    void theUploadHasNoFinding(String name, List<Path> files) {
        assertThat(files).as("one upload").hasSizeLessThanOrEqualTo(properties.maxFiles());

        var findings = validator.validate(files.stream().map(ShippedModelsIT::modelFile).toList());

        System.out.printf("%s (%d files): %d finding(s)%n", name, files.size(), findings.size());
        findings.forEach(finding -> System.out.println("  " + finding));
        assertThat(findings).as("findings for %s", files).isEmpty();
    }

    @Test
    void everyShippedFileIsInAnUploadAndEveryLifeEventHasItsProcess() {
        var uploaded = uploads().flatMap(upload -> ((List<?>) upload[1]).stream()).map(Path.class::cast).toList();

        assertThat(uploaded).containsAll(shippedFiles());
        assertThat(uploaded).extracting(file -> file.getFileName().toString())
                .containsAll(lifeEvents.all().stream().map(event -> event.id() + ".bpmn").toList());
    }

    /** Each process with the forms and decisions it names, then what no process names, as uploads of at most max-files. */
    static Stream<Object[]> uploads() {
        Map<String, Path> forms = new HashMap<>();
        Map<String, Path> decisions = new HashMap<>();
        List<Path> processes = new ArrayList<>();
        for (Path file : shippedFiles()) {
            String name = file.getFileName().toString();
            if (ModelTextFiles.isTexts(file.getFileName().toString())) {
                continue;   // uploaded beside its model
            }
            if (name.endsWith(".form")) {
                forms.put(formId(file), file);
            } else if (name.endsWith(".dmn")) {
                Dmn.readModelFromStream(new ByteArrayInputStream(read(file))).getModelElementsByType(Decision.class)
                        .forEach(decision -> decisions.put(decision.getId(), file));
            } else if (name.endsWith(".bpmn")) {
                processes.add(file);
            }
        }
        var uploads = new LinkedHashMap<String, List<Path>>();
        var named = new LinkedHashSet<Path>();
        for (Path process : processes) {
            var model = Bpmn.readModelFromStream(new ByteArrayInputStream(read(process)));
            var upload = new LinkedHashSet<Path>();
            upload.add(process);
            model.getModelElementsByType(UserTask.class).forEach(task -> addNamed(upload, forms, task.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).forEach(start -> addNamed(upload, forms, start.getCamundaFormRef()));
            model.getModelElementsByType(BusinessRuleTask.class).forEach(task -> addNamed(upload, decisions, task.getCamundaDecisionRef()));
            // Each model and form goes with its texts in three languages (docs/adr/0050).
            List.copyOf(upload).forEach(file -> upload.addAll(textsBeside(file)));
            uploads.put(SHIPPED.relativize(process).toString(), List.copyOf(upload));
            named.addAll(upload);
        }
        var rest = new ArrayList<Path>();
        shippedFiles().stream().filter(file -> !named.contains(file) && !ModelTextFiles.isTexts(file.getFileName().toString())).forEach(file -> {
            rest.add(file);
            rest.addAll(textsBeside(file));
        });
        int maxFiles = new ProcessOwnerProperties(null, null, null, null).maxFiles();
        for (int from = 0; from < rest.size(); from += maxFiles) {
            uploads.put("files no process names, part " + (from / maxFiles + 1), rest.subList(from, Math.min(rest.size(), from + maxFiles)));
        }
        return uploads.entrySet().stream().map(upload -> new Object[] {upload.getKey(), upload.getValue()});
    }

    /** What a process names and Lifecase ships; a name the validator cannot find is then its finding. */
    private static void addNamed(Set<Path> upload, Map<String, Path> shipped, String id) {
        if (id != null && shipped.containsKey(id)) {
            upload.add(shipped.get(id));
        }
    }

    private static List<Path> textsBeside(Path model) {
        return Stream.of(Language.values())
                .map(language -> ModelTextFiles.textsOf(model.getFileName().toString(), language).map(model::resolveSibling))
                .flatMap(java.util.Optional::stream)
                .filter(Files::exists)
                .toList();
    }

    private static List<Path> shippedFiles() {
        try (var files = Files.walk(SHIPPED)) {
            return files
                    .filter(file -> file.toString().endsWith(".bpmn") || file.toString().endsWith(".dmn") || file.toString().endsWith(".form")
                            || ModelTextFiles.isTexts(file.getFileName().toString()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String formId(Path form) {
        try {
            return new ObjectMapper().readTree(read(form)).path("id").asText(form.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelFile modelFile(Path file) {
        return new ModelFile(file.getFileName().toString(), read(file));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
