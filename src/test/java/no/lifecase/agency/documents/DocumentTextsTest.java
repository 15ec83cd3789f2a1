package no.lifecase.agency.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyProperties;
import no.lifecase.language.Language;
import org.junit.jupiter.api.Test;

/**
 * Every letter and decision the models and life events send can be written in bokmål, nynorsk and English, by an agency
 * the catalogue knows; and the inbox pages have every text in all three languages.
 */
class DocumentTextsTest {

    private static final Path SOURCES = Path.of("src/main/java/no/lifecase");
    private static final Pattern LETTER_NAMES = Pattern.compile(String.join("|",
            "new Send(?:Organisation)?LetterDelegate\\(letters, \"([a-z0-9-]+)\"",
            "<camunda:inputParameter name=\"letter\">([a-z0-9-]+)<",
            "_SchemeLetter\"><text>\"([a-z0-9-]+)\"<",
            // constants naming letters; a variable's name (LETTER = "letter") has no dash
            "String [A-Z_]*(?:LETTER|REMINDER) = \"([a-z0-9]+(?:-[a-z0-9]+)+)\"",
            // a decision letter's constant; the model property named "decision" (docs/adr/0055) has no dash
            "String DECISION = \"([a-z0-9]+(?:-[a-z0-9]+)+)\""));
    private static final Pattern DAYS_LEFT = Pattern.compile("<camunda:inputParameter name=\"daysLeft\">\\$\\{(\\d+)}<");

    private final DocumentTexts texts = new DocumentTexts();

    @Test
    void every_letter_the_models_send_has_a_sender_and_its_texts_in_all_three_languages() throws IOException {
        var sent = lettersInTheSources();
        assertThat(sent).as("the letters found in the models and life events").contains("name-reminder", "child-benefit-granted",
                "death-registered", "estate-settlement-reminder-30-days", "voluntary-schemes-unregistered", "care-benefit-granted",
                "care-benefit-refused", "child-benefit-granted-after-assessment", "child-benefit-refused", "appeal-decision-changed",
                "appeal-body-upheld", "appeal-body-reversed", "appeal-body-returned");
        assertThat(texts.names()).containsAll(sent);
        var agencies = new AgencyCatalogue(new AgencyProperties(null, null));
        for (var name : texts.names()) {
            // An appeal's decisions are sent by the agency each names; every other letter's sender is an agency.
            assertThat(agencies.isAgency(texts.sender(name)) || texts.senderNamedByEachDecision(name)).as("the sender of %s", name).isTrue();
            for (var language : Language.values()) {
                assertThat(texts.optional(language, name + ".title")).as("%s.title in %s", name, language).isPresent();
                var decision = texts.optional(language, name + ".decided").isPresent();
                if (decision) {
                    assertThat(texts.paragraphs(language, name + ".rules")).as("the rules of %s in %s", name, language).isNotEmpty();
                } else {
                    assertThat(texts.paragraphs(language, name + ".text")).as("the text of %s in %s", name, language).isNotEmpty();
                }
            }
        }
    }

    @Test
    void a_text_in_one_language_is_there_in_the_other_two() throws IOException {
        try (var files = Files.walk(SOURCES)) {
            var bokmal = files.filter(file -> file.getFileName().toString().matches("(letters|documents)\\.nb\\.properties")).toList();
            assertThat(bokmal).hasSizeGreaterThanOrEqualTo(7);
            for (var file : bokmal) {
                var keys = keys(file);
                for (var other : new String[] {"nn", "en"}) {
                    assertThat(keys(file.resolveSibling(file.getFileName().toString().replace(".nb.", "." + other + "."))))
                            .as("%s in %s", file, other).isEqualTo(keys);
                }
            }
        }
    }

    @Test
    void the_decisions_on_the_case_page_have_every_text_in_bokmal_nynorsk_and_english() throws IOException {
        var resources = Path.of("src/main/resources");
        var bokmal = keys(resources.resolve("messages-decisions.properties"));
        assertThat(bokmal).contains("decisions.title", "decision.decidedBy.automatic", "decision.outcome.granted");
        assertThat(keys(resources.resolve("messages-decisions_nn.properties"))).isEqualTo(bokmal);
        assertThat(keys(resources.resolve("messages-decisions_en.properties"))).isEqualTo(bokmal);
    }

    @Test
    void the_inbox_pages_have_every_text_in_bokmal_nynorsk_and_english() throws IOException {
        var resources = Path.of("src/main/resources");
        var bokmal = keys(resources.resolve("messages-inbox.properties"));
        assertThat(keys(resources.resolve("messages-inbox_nn.properties"))).isEqualTo(bokmal);
        assertThat(keys(resources.resolve("messages-inbox_en.properties"))).isEqualTo(bokmal);
    }

    @Test
    void a_decision_is_written_with_dates_and_amounts_as_its_reader_writes_them() {
        var date = java.time.LocalDate.of(2027, 3, 1);
        assertThat(CitizenDocuments.inWords(date, Language.NB)).isEqualTo("1. mars 2027");
        assertThat(CitizenDocuments.inWords(date, Language.NN)).isEqualTo("1. mars 2027");
        assertThat(CitizenDocuments.inWords(date, Language.EN)).isEqualTo("1 March 2027");
        assertThat(CitizenDocuments.inWords(java.time.YearMonth.of(2027, 3), Language.EN)).isEqualTo("March 2027");
        assertThat(CitizenDocuments.inWords(1968, Language.NN).replace('\u00a0', ' ')).isEqualTo("1 968");
        // A fraction, such as an income in G, keeps two decimals instead of rounding to a whole number.
        assertThat(CitizenDocuments.inWords(480_000.0 / 130_160, Language.NB)).isEqualTo("3,69");
        assertThat(CitizenDocuments.inWords(480_000.0 / 130_160, Language.EN)).isEqualTo("3.69");
        assertThat(CitizenDocuments.inWords(2.0, Language.NB)).isEqualTo("2");
    }

    private static TreeSet<String> lettersInTheSources() throws IOException {
        var names = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (var file : files.filter(file -> file.toString().matches(".*\\.(java|bpmn|dmn)")).toList()) {
                var source = Files.readString(file);
                var matcher = LETTER_NAMES.matcher(source);
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            names.add(matcher.group(group));
                        }
                    }
                }
                var days = DAYS_LEFT.matcher(source);
                while (days.find()) {
                    names.add("estate-settlement-reminder-" + days.group(1) + "-days");
                }
            }
        }
        return names;
    }

    private static TreeSet<String> keys(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
