package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What Camunda Modeler says about the models Lifecase ships (docs/adr/0047). Every BPMN and DMN file and every form
 * names the execution platform it is made for, Camunda Platform 7.24.0, so that the Modeler opens it for that platform
 * and lints it by that platform's rules. Those rules, run by the Modeler's own linting packages (pinned in
 * src/test/modeler), find nothing in the diagrams, the forms and the element templates. The linting needs Node.js and
 * skips itself where there is none; the platform check runs everywhere.
 */
class ModelerLintingTest {

    private static final Path SHIPPED = Path.of("src/main/java");
    private static final Path ELEMENT_TEMPLATES = Path.of(".camunda/element-templates");
    private static final Path LINTING = Path.of("src/test/modeler");
    /** The build directory, so that npm's installation never lands in the sources and a clean build starts afresh. */
    private static final Path INSTALLED = Path.of("target/modeler-linting");
    private static final String MODELER_NAMESPACE = "http://camunda.org/schema/modeler/1.0";
    private static final List<String> PLATFORM = List.of("Camunda Platform", "7.24.0");
    private static final Pattern NODE_MAJOR_VERSION = Pattern.compile("^v(\\d+)\\.");
    /** module.register, which the linting's module hooks use, is in every Node.js from 20 on. */
    private static final int NODE_MAJOR_VERSION_NEEDED = 20;

    private static boolean installed;

    static Stream<Path> modelsAndForms() throws IOException {
        return shipped(".bpmn", ".dmn", ".form").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("modelsAndForms")
    void names_the_execution_platform_it_is_made_for(Path file) throws Exception {
        assertThat(executionPlatform(file)).as(file.toString()).isEqualTo(PLATFORM);
    }

    @Test
    void camunda_modelers_linting_finds_nothing_in_the_diagrams_forms_and_element_templates() throws Exception {
        var files = new ArrayList<Path>(shipped(".bpmn", ".form"));
        try (var templates = Files.list(ELEMENT_TEMPLATES)) {
            templates.filter(file -> file.toString().endsWith(".json")).sorted().forEach(files::add);
        }

        var lint = lint(files);

        System.out.println(lint.output());
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        assertThat(lint.output()).contains(files.size() + " file(s), 0 finding(s)");
    }

    /** The linting sees what it is there to see, so that its silence about the shipped files means something. */
    @Test
    void camunda_modelers_linting_reports_what_the_modeler_would(@TempDir Path faulty) throws Exception {
        var diagram = Files.readString(SHIPPED.resolve("no/lifecase/agency/notify-agency.bpmn"));
        var form = Files.readString(SHIPPED.resolve("no/lifecase/agency/forms/notice-follow-up.form"));
        var withoutHistoryTimeToLive = write(faulty.resolve("no-history-time-to-live.bpmn"),
                diagram.replace(" camunda:historyTimeToLive=\"3650\"", ""));
        var forAnotherVersion = write(faulty.resolve("another-version.bpmn"),
                diagram.replace("modeler:executionPlatformVersion=\"7.24.0\"", "modeler:executionPlatformVersion=\"7.23.0\""));
        var withADisabledField = write(faulty.resolve("disabled-field.form"), form.replace("\"readonly\": true", "\"disabled\": true"));

        var lint = lint(List.of(withoutHistoryTimeToLive, forAnotherVersion, withADisabledField));

        assertThat(lint.exitCode()).as(lint.output()).isEqualTo(1);
        assertThat(lint.output())
                .contains(withoutHistoryTimeToLive + ": info camunda-compat/history-time-to-live notify-agency")
                .contains(forAnotherVersion + ": error platform")
                .contains(withADisabledField + ": warn discourage-disabled-fields Field_Notice")
                .contains("3 file(s), 3 finding(s)");
    }

    private static List<Path> shipped(String... endings) throws IOException {
        try (var files = Files.walk(SHIPPED)) {
            return files.filter(file -> Stream.of(endings).anyMatch(file.toString()::endsWith)).sorted().toList();
        }
    }

    private static List<String> executionPlatform(Path file) throws Exception {
        if (file.toString().endsWith(".form")) {
            var form = new ObjectMapper().readTree(file.toFile());
            return List.of(form.path("executionPlatform").asText(), form.path("executionPlatformVersion").asText());
        }
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var definitions = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        return List.of(definitions.getAttributeNS(MODELER_NAMESPACE, "executionPlatform"),
                definitions.getAttributeNS(MODELER_NAMESPACE, "executionPlatformVersion"));
    }

    private static Run lint(List<Path> files) throws Exception {
        installLinting();
        var command = new ArrayList<>(List.of("node", "--import", INSTALLED.resolve("load-camunda-sources.mjs").toUri().toString(),
                INSTALLED.resolve("lint-models.mjs").toString()));
        files.forEach(file -> command.add(file.toString()));
        return run(command, Path.of("."), 2);
    }

    /** npm ci of the pinned packages into the build directory, once, and again only when the lock file changes. */
    private static synchronized void installLinting() throws Exception {
        assumeNodeJs();
        if (installed) {
            return;
        }
        Files.createDirectories(INSTALLED);
        boolean upToDate = Files.isDirectory(INSTALLED.resolve("node_modules"))
                && Files.exists(INSTALLED.resolve("package-lock.json"))
                && Files.mismatch(LINTING.resolve("package-lock.json"), INSTALLED.resolve("package-lock.json")) == -1;
        try (var sources = Files.list(LINTING)) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Files.copy(source, INSTALLED.resolve(source.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        if (!upToDate) {
            // --ignore-scripts: installing runs no package's own code and fetches nothing beyond the locked packages.
            var npm = run(List.of("npm", "ci", "--ignore-scripts", "--prefer-offline", "--no-audit", "--no-fund"), INSTALLED, 10);
            assertThat(npm.exitCode()).as("npm ci in %s:%n%s", INSTALLED, npm.output()).isZero();
        }
        installed = true;
    }

    private static void assumeNodeJs() throws Exception {
        Run version;
        try {
            version = run(List.of("node", "--version"), Path.of("."), 1);
        } catch (IOException noNode) {
            version = new Run(-1, "");
        }
        assumeTrue(version.exitCode() == 0,
                "No Node.js on the PATH: Camunda Modeler's linting of the models skipped (docs/adr/0047)");
        Matcher major = NODE_MAJOR_VERSION.matcher(version.output().trim());
        assumeTrue(major.find() && Integer.parseInt(major.group(1)) >= NODE_MAJOR_VERSION_NEEDED,
                "Node.js " + version.output().trim() + " is older than " + NODE_MAJOR_VERSION_NEEDED
                        + ": Camunda Modeler's linting of the models skipped (docs/adr/0047)");
    }

    private static Run run(List<String> command, Path directory, int minutes) throws Exception {
        var process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        var output = new StringBuilder();
        var reader = new Thread(() -> {
            try (InputStream in = process.getInputStream()) {
                output.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                output.append(e);
            }
        });
        reader.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish within " + minutes + " minute(s)");
        }
        reader.join();
        return new Run(process.exitValue(), output.toString());
    }

    private static Path write(Path file, String content) throws IOException {
        return Files.writeString(file, content);
    }

    private record Run(int exitCode, String output) {
    }
}
