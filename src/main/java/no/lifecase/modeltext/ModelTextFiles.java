package no.lifecase.modeltext;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import no.lifecase.language.Language;

/**
 * How the texts files beside a model are named and read (docs/adr/0050-texts-in-bokmal-nynorsk-and-english.md):
 * {@code <name>.bpmn} or {@code <name>.form} has {@code <name>_nb.properties}, {@code <name>_nn.properties} and
 * {@code <name>_en.properties}, in UTF-8 so that a process owner writes æ, ø and å as they are.
 */
public final class ModelTextFiles {

    private static final Pattern TEXTS = Pattern.compile("^(.+)_(nb|nn|en)\\.properties$");
    private static final Pattern MODEL = Pattern.compile("^(.+)\\.(bpmn|bpmn20\\.xml|dmn|dmn11\\.xml|form)$", Pattern.CASE_INSENSITIVE);

    private ModelTextFiles() {
    }

    /** Whether the resource is named as a texts file; whether its model is beside it is for the caller to check. */
    public static boolean isTexts(String resourceName) {
        return TEXTS.matcher(resourceName).matches();
    }

    /** Whether the resource is a .properties file of any name: only texts files beside a model may be deployed. */
    public static boolean isProperties(String resourceName) {
        return resourceName.toLowerCase(Locale.ROOT).endsWith(".properties");
    }

    /** The name a texts file shares with its model, without the model's extension: {@code a/b/having-a-child}. */
    public static Optional<String> baseOfTexts(String textsName) {
        var matcher = TEXTS.matcher(textsName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    public static Optional<Language> languageOfTexts(String textsName) {
        var matcher = TEXTS.matcher(textsName);
        return matcher.matches() ? Optional.of(Language.ofTag(matcher.group(2))) : Optional.empty();
    }

    /** The name a model shares with its texts files; empty for a file that is no model. */
    public static Optional<String> baseOfModel(String modelName) {
        var matcher = MODEL.matcher(modelName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The texts file of this model in this language, in the same folder. */
    public static Optional<String> textsOf(String modelName, Language language) {
        return baseOfModel(modelName).map(base -> base + "_" + language.tag() + ".properties");
    }

    /**
     * The texts of one file, key by key, in the file's order.
     *
     * @throws IllegalArgumentException if the file is not UTF-8 or not a properties file (a broken {@code \\u} escape)
     */
    public static Map<String, String> read(byte[] content) {
        try {
            var text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            var ordered = new LinkedHashMap<String, String>();
            var properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    ordered.put(key.toString(), value.toString().strip());
                    return super.put(key, value);
                }
            };
            properties.load(new StringReader(text));
            return ordered;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("The file is not UTF-8", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The file cannot be read as texts: " + e.getMessage(), e);
        }
    }
}
