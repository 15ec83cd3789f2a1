package no.lifecase.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every page text in bokmål, nynorsk and English: each message bundle in src/main/resources (the portal's
 * messages*.properties and every feature's messages-*.properties) has its bokmål default file, a nynorsk and an
 * English file, with the same keys and no empty text (docs/adr/0053-the-portals-languages-names-and-reflow.md).
 */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");
    private static final Pattern BUNDLE_FILE = Pattern.compile("(messages(?:-[a-z0-9-]+)?)(?:_(nb|nn|en))?\\.properties");

    @Test
    void every_bundle_has_the_same_keys_in_bokmal_nynorsk_and_english() throws IOException {
        var bundles = bundles();
        assertThat(bundles).as("the portal's own bundle").containsKey("messages");
        bundles.forEach((bundle, languages) -> {
            assertThat(languages).as("the files of bundle %s (bokmål is the file without suffix)", bundle)
                    .containsExactlyInAnyOrder("", "nn", "en");
            var bokmal = keys(bundle, "");
            assertThat(bokmal).as(bundle).isNotEmpty();
            for (var language : Set.of("nn", "en")) {
                var other = keys(bundle, language);
                assertThat(difference(bokmal, other)).as("keys of %s missing in %s_%s", bundle, bundle, language).isEmpty();
                assertThat(difference(other, bokmal)).as("keys of %s_%s missing in bokmål %s", bundle, language, bundle).isEmpty();
            }
        });
    }

    @Test
    void no_text_is_empty() throws IOException {
        for (var entry : bundles().entrySet()) {
            for (var language : entry.getValue()) {
                var texts = load(entry.getKey(), language);
                assertThat(texts.stringPropertyNames()).as("%s %s", entry.getKey(), language)
                        .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
            }
        }
    }

    /** Bundle name to the languages it has a file in ("" for the bokmål default file, "nb" if one is there). */
    private static TreeMap<String, Set<String>> bundles() throws IOException {
        try (Stream<Path> files = Files.list(RESOURCES)) {
            return files.map(file -> BUNDLE_FILE.matcher(file.getFileName().toString()))
                    .filter(java.util.regex.Matcher::matches)
                    .collect(Collectors.groupingBy(matcher -> matcher.group(1), TreeMap::new,
                            Collectors.mapping(matcher -> matcher.group(2) == null ? "" : matcher.group(2), Collectors.toCollection(TreeSet::new))));
        }
    }

    private static Set<String> keys(String bundle, String language) {
        return load(bundle, language).stringPropertyNames();
    }

    private static Properties load(String bundle, String language) {
        var file = RESOURCES.resolve(bundle + (language.isEmpty() ? "" : "_" + language) + ".properties");
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new AssertionError("Cannot read " + file, e);
        }
        return properties;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        var missing = new TreeSet<>(these);
        missing.removeAll(those);
        return missing;
    }
}
