package no.lifecase.agency.documents;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.language.Language;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The texts of letters and decisions. Each life event keeps the texts of the letters it sends in its own folder, beside
 * its module: {@code letters.nb.properties}, {@code letters.nn.properties}, {@code letters.en.properties}, and the
 * language-neutral {@code letters.properties} (which agency sends each letter). The parts every decision has (the right
 * to appeal, headings) are in {@code documents.<tag>.properties} beside this class. All are read once, at start-up.
 * The language follows a dot, not an underscore, so that the deployment of the models' texts
 * ({@code <model>_nb.properties}) never takes a letter's texts for a model's (docs/adr/0054).
 */
@Component
public class DocumentTexts {

    static final String SENDER = ".sender";
    /** The sender named in {@code letters.properties} for a decision whose sender each decision names (an appeal's). */
    public static final String NAMED_BY_EACH_DECISION = "named-by-each-decision";
    private static final String FINAL = ".final";

    private final Map<Language, Map<String, String>> texts = new EnumMap<>(Language.class);
    private final Map<String, String> neutral;

    DocumentTexts() {
        for (var language : Language.values()) {
            texts.put(language, read("classpath*:no/lifecase/**/letters." + language.tag() + ".properties",
                    "classpath*:no/lifecase/agency/documents/documents." + language.tag() + ".properties"));
        }
        neutral = read("classpath*:no/lifecase/**/letters.properties");
    }

    /** The text in this language; a missing text stops the sending step (the engine retries, then raises an incident). */
    public String text(Language language, String key) {
        return optional(language, key).orElseThrow(() -> new MissingDocumentText(key, language));
    }

    public Optional<String> optional(Language language, String key) {
        return Optional.ofNullable(texts.get(language).get(key));
    }

    /** The numbered paragraphs {@code <prefix>.1}, {@code <prefix>.2}, … until the first gap. */
    public List<String> paragraphs(Language language, String prefix) {
        var paragraphs = new ArrayList<String>();
        for (int number = 1; texts.get(language).containsKey(prefix + "." + number); number++) {
            paragraphs.add(texts.get(language).get(prefix + "." + number));
        }
        return paragraphs;
    }

    /** The agency that sends this letter or decision, as {@code letters.properties} names it. */
    public String sender(String name) {
        var sender = neutral.get(name + SENDER);
        if (sender == null) {
            throw new MissingDocumentText(name + SENDER, null);
        }
        return sender;
    }

    /** Whether each decision of this name names its own sender, as an appeal's does (docs/adr/0056). */
    public boolean senderNamedByEachDecision(String name) {
        return NAMED_BY_EACH_DECISION.equals(neutral.get(name + SENDER));
    }

    /**
     * Whether a decision of this name cannot be appealed, as its texts say ({@code <name>.final=true} in
     * {@code letters.properties}): the appeal body's (forvaltningsloven § 28 tredje ledd).
     */
    public boolean isFinal(String name) {
        return Boolean.parseBoolean(neutral.get(name + FINAL));
    }

    /** Every letter and decision that has a sender, so a test can check that each has its texts in every language. */
    public Set<String> names() {
        var names = new TreeSet<String>();
        neutral.keySet().stream().filter(key -> key.endsWith(SENDER))
                .forEach(key -> names.add(key.substring(0, key.length() - SENDER.length())));
        return names;
    }

    public Optional<String> neutral(String key) {
        return Optional.ofNullable(neutral.get(key));
    }

    private static Map<String, String> read(String... patterns) {
        var resolver = new PathMatchingResourcePatternResolver(DocumentTexts.class.getClassLoader());
        var all = new HashMap<String, String>();
        try {
            for (var pattern : patterns) {
                for (Resource resource : resolver.getResources(pattern)) {
                    var properties = new Properties();
                    try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                        properties.load(reader);
                    }
                    for (var key : properties.stringPropertyNames()) {
                        var earlier = all.put(key, properties.getProperty(key));
                        if (earlier != null && !earlier.equals(properties.getProperty(key))) {
                            // Two life events naming one letter would send one family the other's text.
                            throw new IllegalStateException("Two texts files define " + key + "; the second is " + resource);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the letter texts", e);
        }
        return all;
    }

    /** A letter or decision lacks a text, so it cannot be written; nothing is sent. */
    public static class MissingDocumentText extends IllegalStateException {

        MissingDocumentText(String key, Language language) {
            super("No text " + key + (language == null ? "" : " in " + language.tag()) + " for a letter or decision");
        }
    }
}
