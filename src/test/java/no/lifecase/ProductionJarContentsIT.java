package no.lifecase;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static no.lifecase.ProductionJar.CLASSES;
import static no.lifecase.ProductionJar.LIBRARIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.type.classreading.SimpleMetadataReaderFactory;

/**
 * The production jar holds the product only (ADR 0041): nothing of what src/simulators adds for the embedded default and
 * the tests. What to look for is read from src/simulators itself (its classes and resources, the keys and secrets in its
 * settings, the demo users), so that moving any of it back into src/main fails here.
 */
class ProductionJarContentsIT {

    private static final Path SIMULATOR_SOURCES = Path.of("src/simulators/java");
    private static final Path SIMULATOR_RESOURCES = Path.of("src/simulators/resources");
    private static final Set<String> PROFILES_OF_THE_SOURCE_TREE = Set.of("simulators", "embedded");
    private static final Pattern SHIPPED_SETTINGS = Pattern.compile("(config/)?application[^/]*\\.(yml|yaml|properties)");
    /** A PEM private key with its body, not just the header a key parser looks for. */
    private static final Pattern PRIVATE_KEY = Pattern.compile("-----BEGIN [A-Z ]*PRIVATE KEY-----\\s*[A-Za-z0-9+/]{40}");

    /** The entries under BOOT-INF/classes/, by their path there. */
    private static final Map<String, byte[]> product = new LinkedHashMap<>();

    /** The file names under BOOT-INF/lib/. */
    private static final List<String> libraries = new ArrayList<>();

    @BeforeAll
    static void readTheJar() throws IOException {
        try (var jar = new JarFile(ProductionJar.path().toFile())) {
            for (var entry : jar.stream().filter(entry -> !entry.isDirectory()).toList()) {
                if (entry.getName().startsWith(CLASSES)) {
                    try (var in = jar.getInputStream(entry)) {
                        product.put(entry.getName().substring(CLASSES.length()), in.readAllBytes());
                    }
                } else if (entry.getName().startsWith(LIBRARIES)) {
                    libraries.add(entry.getName().substring(LIBRARIES.length()));
                }
            }
        }
    }

    @Test
    void holds_the_product() {
        assertThat(product).containsKeys("no/lifecase/LifecaseApplication.class", "application.yml", "application-postgres.yml",
                "no/lifecase/lifeevent/havingachild/having-a-child.bpmn", "templates/portal/my-cases.html", "messages.properties");
        assertThat(libraries).anyMatch(library -> library.startsWith("camunda-engine-"));
    }

    @Test
    void holds_no_class_of_the_simulators() {
        var simulatorClasses = filesUnder(SIMULATOR_SOURCES).stream().map(source -> source.replaceAll("\\.java$", ".class")).toList();
        assertThat(simulatorClasses).as("classes compiled from src/simulators/java").contains("no/lifecase/simulator/idporten/TestIdportenSecurity.class");

        assertThat(product.keySet().stream().filter(name -> name.startsWith("no/lifecase/simulator/") || simulatorClasses.contains(name)))
                .as("classes of the simulators in the jar").isEmpty();
    }

    @Test
    void holds_no_bean_that_only_the_embedded_default_or_the_simulators_use() {
        // The reader sees such beans where they are: among the classes of src/simulators, compiled for the tests.
        var simulatorBeans = filesUnder(SIMULATOR_SOURCES).stream()
                .map(source -> sourceTreeProfiles(read(Path.of("target/test-classes", source.replaceAll("\\.java$", ".class")))))
                .filter(profiles -> !profiles.isEmpty()).toList();
        assertThat(simulatorBeans).as("beans of src/simulators").hasSizeGreaterThan(10);

        var beans = new LinkedHashMap<String, Set<String>>();
        product.forEach((name, content) -> {
            if (name.endsWith(".class")) {
                var profiles = sourceTreeProfiles(content);
                if (!profiles.isEmpty()) {
                    beans.put(name, profiles);
                }
            }
        });

        assertThat(beans).as("classes with @Profile(\"simulators\") or @Profile(\"embedded\")").isEmpty();
    }

    @Test
    void holds_none_of_the_simulators_resources() {
        var resources = filesUnder(SIMULATOR_RESOURCES);
        assertThat(resources).as("files of src/simulators/resources")
                .contains("application-simulators.yml", "application-embedded.yml", "config/application.yml", "templates/simulator/testid-login.html");

        assertThat(resources.stream().filter(product::containsKey)).as("resources of the simulators in the jar").isEmpty();
    }

    @Test
    void holds_no_demo_key_and_no_demo_secret() {
        var secrets = simulatorSecrets();
        assertThat(secrets).as("keys and secrets in the settings of src/simulators").hasSizeGreaterThan(10);

        var found = new ArrayList<String>();
        product.forEach((name, content) -> {
            var text = new String(content, ISO_8859_1);
            if (PRIVATE_KEY.matcher(text).find()) {
                found.add(name + ": a private key");
            }
            secrets.stream().filter(text::contains).findFirst().ifPresent(secret -> found.add(name + ": demo key material or secret"));
        });

        assertThat(found).isEmpty();
    }

    @Test
    void configures_neither_the_simulators_nor_a_demo_user() {
        var settings = shippedSettings();
        assertThat(settings).as("settings in the jar's application*.yml").containsKeys("application.yml: lifecase.registers.krr.base-url");
        var demoUsers = demoUsers();
        assertThat(demoUsers).as("demo users of src/simulators").contains("demo", "nav1");

        // Findings name the file and the key, never the value, which might be a secret.
        var findings = new ArrayList<String>();
        settings.forEach((setting, value) -> {
            var key = setting.substring(setting.indexOf(": ") + 2);
            if (key.startsWith("lifecase.simulator.") || key.startsWith("lifecase.demo.")) {
                findings.add(setting + ": a setting of the simulators or the demo");
            }
            if (key.startsWith("camunda.bpm.admin-user.")) {
                findings.add(setting + ": a user in a file; the first administrator comes from the environment only");
            }
            if (value.contains("local.server.port") || value.contains("/sim/")) {
                findings.add(setting + ": points at simulators inside this application");
            }
            if (demoUsers.contains(value)) {
                findings.add(setting + ": names a demo user");
            }
            if (key.startsWith("spring.profiles.") && Arrays.stream(value.split(",")).map(String::trim).anyMatch(PROFILES_OF_THE_SOURCE_TREE::contains)) {
                findings.add(setting + ": brings in a profile of the source tree");
            }
        });

        assertThat(findings).isEmpty();
    }

    @Test
    void holds_neither_the_test_id_portens_authorization_server_nor_the_embedded_database() {
        assertThat(libraries).noneMatch(library -> library.startsWith("spring-security-oauth2-authorization-server-"))
                .noneMatch(library -> library.startsWith("spring-security-oauth2-resource-server-"))
                .noneMatch(library -> library.startsWith("h2-"));
    }

    /** The profiles of the source tree that a class, or one of its {@code @Bean} methods, is limited to. */
    private static Set<String> sourceTreeProfiles(byte[] classFile) {
        try {
            var metadata = new SimpleMetadataReaderFactory().getMetadataReader(new ByteArrayResource(classFile)).getAnnotationMetadata();
            var expressions = new ArrayList<String>();
            if (metadata.isAnnotated(Profile.class.getName())) {
                expressions.addAll(profiles(metadata.getAnnotationAttributes(Profile.class.getName())));
            }
            metadata.getAnnotatedMethods(Profile.class.getName())
                    .forEach(method -> expressions.addAll(profiles(method.getAnnotationAttributes(Profile.class.getName()))));
            var named = new LinkedHashSet<String>();
            expressions.stream().map(String::trim).filter(PROFILES_OF_THE_SOURCE_TREE::contains).forEach(named::add);
            return named;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> profiles(Map<String, Object> profileAttributes) {
        return List.of((String[]) profileAttributes.get("value"));
    }

    /** The jar's application*.yml and application*.properties, flattened, as "file: key" to value. */
    private static Map<String, String> shippedSettings() {
        var settings = new LinkedHashMap<String, String>();
        product.forEach((name, content) -> {
            if (SHIPPED_SETTINGS.matcher(name).matches()) {
                var properties = name.endsWith(".properties") ? properties(content) : yaml(content);
                properties.stringPropertyNames().forEach(key -> settings.put(name + ": " + key, properties.getProperty(key)));
            }
        });
        return settings;
    }

    /** Every private or public key (line by line), secret and password in the settings of src/simulators. */
    private static Set<String> simulatorSecrets() {
        var secrets = new LinkedHashSet<String>();
        for (var file : filesUnder(SIMULATOR_RESOURCES)) {
            if (!file.endsWith(".yml")) {
                continue;
            }
            var properties = yaml(read(SIMULATOR_RESOURCES.resolve(file)));
            for (var key : properties.stringPropertyNames()) {
                var value = properties.getProperty(key);
                if (key.endsWith("-key")) {
                    value.lines().map(String::trim).filter(line -> line.length() >= 40 && !line.startsWith("-----")).forEach(secrets::add);
                } else if ((key.endsWith("secret") || key.endsWith("password")) && value.length() >= 8) {
                    secrets.add(value);
                }
            }
        }
        return secrets;
    }

    /** The users the embedded default creates: its administrator and its caseworkers. */
    private static Set<String> demoUsers() {
        var embedded = yaml(read(SIMULATOR_RESOURCES.resolve("application-embedded.yml")));
        var users = new LinkedHashSet<String>();
        embedded.stringPropertyNames().stream()
                .filter(key -> key.equals("camunda.bpm.admin-user.id") || key.matches("lifecase\\.demo\\.caseworkers\\[\\d+]\\.id"))
                .map(embedded::getProperty)
                .forEach(users::add);
        return users;
    }

    private static Properties yaml(byte[] content) {
        var yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ByteArrayResource(content));
        return yaml.getObject();
    }

    private static Properties properties(byte[] content) {
        var properties = new Properties();
        try {
            properties.load(new ByteArrayInputStream(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The files under a directory, as paths relative to it with forward slashes, as a jar names them. */
    private static List<String> filesUnder(Path directory) {
        try (var files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).map(file -> directory.relativize(file).toString().replace('\\', '/')).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
