package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every register and every field path a register client can write to the case's data-access log has a name a person
 * understands in bokmål, nynorsk and English (messages-registers*.properties). The paths are read from the sources,
 * where the clients declare them: the {@code ...FIELDS} lists, the {@code fieldsUsed()} methods and the lists written
 * straight into {@code accessLog.record(...)}; so a new path without a name fails here, not on a citizen's page. The
 * registers are the {@code REGISTER} names of the clients in no.lifecase.register.
 */
class RegisterFieldNamesTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "no", "lifecase");
    private static final Pattern FIELD_LIST = Pattern.compile("List<String> \\w*FIELDS = List\\.of\\(([^;]*)\\);");
    private static final Pattern FIELDS_USED = Pattern.compile("fieldsUsed\\(\\) \\{(.*?)\\n    }", Pattern.DOTALL);
    private static final Pattern RECORDED_LIST = Pattern.compile("accessLog\\.record\\([^;]*?List\\.of\\(([^)]*)\\)");
    private static final Pattern REGISTER = Pattern.compile("static final String REGISTER = \"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

    @Test
    void the_scan_finds_the_paths_the_clients_log() {
        assertThat(loggedPaths()).contains("bostedsadresse.vegadresse.kommunenummer", "identifikasjonsnummer", "oppholdsgrunnlag",
                "vehicles.regNr", "roller.person.fodselsnummer", "inntekt.beloep");
        assertThat(registers()).contains("folkeregisteret", "krr", "enhetsregisteret", "udi", "dsop");
    }

    @Test
    void every_logged_path_has_a_name_in_all_three_languages() {
        for (var language : new String[] {"", "_nn", "_en"}) {
            var names = load("messages-registers" + language + ".properties");
            assertThat(loggedPaths()).as("field paths without a name in messages-registers%s.properties", language)
                    .allSatisfy(path -> assertThat(names.getProperty("register.field." + path)).as(path).isNotBlank());
            assertThat(registers()).as("registers without a name in messages-registers%s.properties", language)
                    .allSatisfy(register -> assertThat(names.getProperty("register." + register)).as(register).isNotBlank());
        }
    }

    private static Set<String> loggedPaths() {
        var paths = new TreeSet<String>();
        sources(SOURCES).forEach(source -> {
            for (var pattern : new Pattern[] {FIELD_LIST, FIELDS_USED, RECORDED_LIST}) {
                var lists = pattern.matcher(source);
                while (lists.find()) {
                    var literals = LITERAL.matcher(lists.group(1));
                    while (literals.find()) {
                        paths.add(literals.group(1));
                    }
                }
            }
        });
        return paths;
    }

    private static Set<String> registers() {
        var registers = new TreeSet<String>();
        sources(SOURCES.resolve("register")).forEach(source -> REGISTER.matcher(source).results().forEach(match -> registers.add(match.group(1))));
        return registers;
    }

    private static Stream<String> sources(Path folder) {
        try {
            return Files.walk(folder).filter(file -> file.toString().endsWith(".java")).map(file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties load(String file) {
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src", "main", "resources", file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
