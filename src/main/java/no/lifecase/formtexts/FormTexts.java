package no.lifecase.formtexts;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import no.lifecase.language.Language;
import no.lifecase.modeltext.ModelTextFiles;

/**
 * The texts of one form in each language, read from {@code <form>_nb.properties}, {@code _nn} and {@code _en} beside
 * the form, keyed by component id: {@code <id>.label}, {@code <id>.description}, {@code <id>.text} and
 * {@code <id>.values.<value>} for an option (docs/adr/0052).
 */
public final class FormTexts {

    private static final FormTexts NONE = new FormTexts(Map.of());

    /** A text the form shows that has no text in some languages. */
    public record Missing(String componentId, String key, List<Language> languages) {
    }

    private final Map<Language, Map<String, String>> texts;

    private FormTexts(Map<Language, Map<String, String>> texts) {
        this.texts = texts;
    }

    /** A form without texts files: the form's own words are all there is. */
    public static FormTexts none() {
        return NONE;
    }

    /**
     * @param files the texts file of each language that has one, UTF-8 as the Modeler and editors write them
     * @throws UncheckedIOException     if a file cannot be read
     * @throws IllegalArgumentException if a file is not properties (a malformed Unicode escape)
     */
    public static FormTexts read(Map<Language, InputStream> files) {
        var texts = new EnumMap<Language, Map<String, String>>(Language.class);
        files.forEach((language, file) -> {
            try (file) {
                texts.put(language, Map.copyOf(ModelTextFiles.read(file.readAllBytes())));
            } catch (IOException e) {
                throw new UncheckedIOException("The " + language.tag() + " texts cannot be read", e);
            }
        });
        return new FormTexts(texts);
    }

    public Optional<String> find(String key, Language language) {
        return Optional.ofNullable(texts.getOrDefault(language, Map.of()).get(key)).filter(text -> !text.isBlank());
    }

    /** A component's label, help or text in this language; the form's own words if it has no text for it. */
    public String of(JsonNode component, String property, Language language) {
        var own = component.path(property).asText(null);
        return find(component.path("id").asText() + "." + property, language).orElse(own);
    }

    /** An option's label in this language; the form's own label if it has no text for it. */
    public String option(String componentId, String value, String ownLabel, Language language) {
        return find(componentId + ".values." + value, language).orElse(ownLabel);
    }

    /** The texts this form shows, in the form's order, each needed in every language. */
    public static Set<String> keysOf(JsonNode form) {
        var keys = new LinkedHashSet<String>();
        collect(form.path("components"), keys);
        return keys;
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            String id = component.path("id").asText("");
            if (!id.isEmpty()) {
                for (String property : List.of("label", "description", "text")) {
                    if (component.path(property).isTextual() && !component.path(property).asText().isBlank()) {
                        keys.add(id + "." + property);
                    }
                }
                component.path("values").forEach(option -> keys.add(id + ".values." + option.path("value").asText()));
            }
            collect(component.path("components"), keys);
        }
    }

    /** Every text of the form that lacks one language or more. */
    public List<Missing> missing(JsonNode form) {
        var missing = new ArrayList<Missing>();
        for (String key : keysOf(form)) {
            var languages = new ArrayList<Language>();
            for (Language language : Language.values()) {
                if (find(key, language).isEmpty()) {
                    languages.add(language);
                }
            }
            if (!languages.isEmpty()) {
                missing.add(new Missing(key.substring(0, key.indexOf('.')), key, List.copyOf(languages)));
            }
        }
        return missing;
    }

    /** Texts for components, properties or options the form does not have: left over from an earlier version, or mistyped. */
    public Set<String> leftOver(JsonNode form) {
        var needed = keysOf(form);
        var left = new TreeSet<String>();
        texts.values().forEach(one -> one.keySet().stream().filter(key -> !needed.contains(key)).forEach(left::add));
        return left;
    }
}
