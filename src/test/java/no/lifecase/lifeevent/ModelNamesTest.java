package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Error;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.junit.jupiter.api.Test;

/**
 * The ids and variable names Java shares with the models are held to the models here, in one place (docs/adr/0043):
 * each life event's class of names (the class in its folder that declares {@code PROCESS_ID}) may name only what its
 * folder's models name, and no other Java in {@code src/main} may spell one of those names as a string literal.
 */
class ModelNamesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path LIFE_EVENTS = SOURCES.resolve("no/lifecase/lifeevent");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern COMMENT = Pattern.compile("//[^\\n]*|/\\*[\\s\\S]*?\\*/");
    /** The kinds of name that are the models' own: the ids of their elements and the variables they read and write. */
    private static final Set<String> MODEL_KINDS = Set.of("Element", "Message", "Error", "Decision", "Form", "Delegate", "Variable");
    /** Shared classes that define names several life events' models use: the delegates and listeners they call. */
    private static final Set<Class<?>> SHARED_DEFINERS = Set.of(org.camunda.bpm.engine.delegate.JavaDelegate.class,
            org.camunda.bpm.engine.delegate.ExecutionListener.class, org.camunda.bpm.engine.delegate.TaskListener.class);
    /**
     * Shared classes that name what models may call: the deadline bean every model's timers use, and the allow-list of
     * the expressions models may hold (docs/adr/0035).
     */
    private static final Set<String> SHARED_BEANS = Set.of("no/lifecase/caseworker/TaskDeadline.java",
            "no/lifecase/modelsafety/ModelExpressions.java");

    @Test
    void every_name_in_a_class_of_names_is_named_by_its_models() {
        var unknown = new ArrayList<String>();
        for (var folder : folders()) {
            var models = ModelsOf.read(folder);
            for (var holder : holders(namesClass(folder))) {
                if (holder != namesClass(folder) && !MODEL_KINDS.contains(holder.getSimpleName())) {
                    continue;
                }
                for (var field : constants(holder)) {
                    var value = value(field);
                    if (field.isAnnotationPresent(NotInTheModel.class)) {
                        if (models.text().contains("\"" + value + "\"") || models.text().contains("{" + value + "}")) {
                            unknown.add(where(field) + " is marked NotInTheModel, but its models name it");
                        }
                    } else if (!models.names(holder.getSimpleName(), field.getName(), value)) {
                        unknown.add(where(field) + " = \"" + value + "\"");
                    }
                }
            }
        }
        assertThat(unknown).as("names no model of their life event names").isEmpty();
    }

    @Test
    void no_other_source_spells_a_model_name_as_a_string_literal() {
        var ids = new HashMap<String, String>();
        var variables = new HashMap<String, String>();
        for (var folder : folders()) {
            var holder = namesClass(folder);
            for (var nested : holders(holder)) {
                if (nested == holder || MODEL_KINDS.contains(nested.getSimpleName())) {
                    var names = "Variable".equals(nested.getSimpleName()) ? variables : ids;
                    constants(nested).forEach(field -> names.putIfAbsent(value(field), where(field)));
                }
            }
            ModelsOf.read(folder).flowNodes.forEach(id -> ids.putIfAbsent(id, "a flow node of " + folder.getFileName()));
        }
        var allowed = folders().stream().map(ModelNamesTest::namesClassFile).collect(Collectors.toSet());
        var found = new ArrayList<String>();
        for (var file : javaSources()) {
            var path = SOURCES.relativize(file).toString();
            if (allowed.contains(file) || definesSharedNames(file) || SHARED_BEANS.contains(path)) {
                continue;
            }
            // A shared room cannot use a life event's names (docs/architecture.md) and keeps its own words, some of
            // which are variable names too ("subject", "reason"); in the life events' folders every name is a constant.
            var names = new HashMap<>(ids);
            if (path.startsWith("no/lifecase/lifeevent/")) {
                variables.forEach(names::putIfAbsent);
            }
            var code = COMMENT.matcher(textOf(file)).replaceAll("");
            Matcher literal = STRING_LITERAL.matcher(code);
            while (literal.find()) {
                var value = literal.group(1);
                if (names.containsKey(value) && !isAnExample(code, literal.start())) {
                    found.add(path + ": \"" + value + "\" is " + names.get(value));
                }
            }
        }
        assertThat(found).as("model names spelt out instead of taken from the life event's class of names").isEmpty();
    }

    /**
     * A delegate or listener outside the life events' folders is called by the models of several life events: it
     * defines the names it reads and writes, and each life event's class of names repeats them.
     */
    private static boolean definesSharedNames(Path file) {
        var path = SOURCES.relativize(file).toString();
        if (path.startsWith("no/lifecase/lifeevent/")) {
            return false;
        }
        try {
            var type = Class.forName(path.substring(0, path.length() - ".java".length()).replace('/', '.'));
            return SHARED_DEFINERS.stream().anyMatch(shared -> shared.isAssignableFrom(type));
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** An example value in the API's documentation ({@code @Schema(example = ...)}), not a name the code uses. */
    private static boolean isAnExample(String code, int literalStart) {
        return code.substring(Math.max(0, literalStart - 12), literalStart).matches("(?s).*example\\s*=\\s*");
    }

    private static String where(Field field) {
        var holder = field.getDeclaringClass();
        return holder.getName().substring(holder.getPackageName().length() + 1) + "." + field.getName();
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What one life event's folder names: its processes, flow nodes, messages, errors, decisions, forms, and all text. */
    private record ModelsOf(Set<String> processes, Set<String> flowNodes, Set<String> messages, Set<String> errors,
                            Set<String> decisions, Set<String> forms, String text) {

        static ModelsOf read(Path folder) {
            var processes = new TreeSet<String>();
            var flowNodes = new TreeSet<String>();
            var messages = new TreeSet<String>();
            var errors = new TreeSet<String>();
            var decisions = new TreeSet<String>();
            var forms = new TreeSet<String>();
            var text = new StringBuilder();
            for (var file : Stream.concat(files(folder).stream(), files(LIFE_EVENTS.resolve("forms")).stream()).toList()) {
                var content = textOf(file);
                text.append(content).append('\n');
                var name = file.getFileName().toString();
                if (name.endsWith(".bpmn")) {
                    var model = Bpmn.readModelFromFile(file.toFile());
                    model.getModelElementsByType(Process.class).forEach(process -> processes.add(process.getId()));
                    model.getModelElementsByType(FlowNode.class).forEach(node -> flowNodes.add(node.getId()));
                    model.getModelElementsByType(Message.class).forEach(message -> messages.add(message.getName()));
                    model.getModelElementsByType(Error.class).forEach(error -> errors.add(error.getErrorCode()));
                    model.getModelElementsByType(BusinessRuleTask.class).forEach(task -> decisions.add(task.getCamundaDecisionRef()));
                } else if (name.endsWith(".dmn")) {
                    Dmn.readModelFromFile(file.toFile()).getModelElementsByType(Decision.class)
                            .forEach(decision -> decisions.add(decision.getId()));
                } else if (name.endsWith(".form")) {
                    var id = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(content);
                    if (id.find()) {
                        forms.add(id.group(1));
                    }
                }
            }
            return new ModelsOf(processes, flowNodes, messages, errors, decisions, forms, text.toString());
        }

        /** Ids by their kind; every other name must appear in the models as a word of its own. */
        boolean names(String kind, String field, String value) {
            if ("PROCESS_ID".equals(field)) {
                return processes.contains(value);
            }
            return switch (kind) {
                case "Element" -> flowNodes.contains(value);
                case "Message" -> messages.contains(value);
                case "Error" -> errors.contains(value);
                case "Decision" -> decisions.contains(value);
                case "Form" -> forms.contains(value);
                default -> Pattern.compile("(?<![\\w-])" + Pattern.quote(value) + "(?![\\w-])").matcher(text).find();
            };
        }
    }

    private static List<Path> folders() {
        try (Stream<Path> entries = Files.list(LIFE_EVENTS)) {
            return entries.filter(Files::isDirectory).filter(folder -> !folder.getFileName().toString().equals("forms"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The life event's class of names: the one in its folder that declares PROCESS_ID. */
    private static Path namesClassFile(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> textOf(file).contains("public static final String PROCESS_ID"))
                    .findFirst().orElseThrow(() -> new AssertionError(folder + " has no class of names with PROCESS_ID"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> namesClass(Path folder) {
        var file = SOURCES.relativize(namesClassFile(folder)).toString();
        try {
            return Class.forName(file.substring(0, file.length() - ".java".length()).replace('/', '.'));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Class<?>> holders(Class<?> names) {
        var holders = new ArrayList<Class<?>>();
        holders.add(names);
        holders.addAll(List.of(names.getDeclaredClasses()));
        return holders;
    }

    private static List<Field> constants(Class<?> holder) {
        return Stream.of(holder.getDeclaredFields())
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == String.class)
                .toList();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().matches(".*\\.(bpmn|dmn|form)$")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> javaSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String textOf(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
