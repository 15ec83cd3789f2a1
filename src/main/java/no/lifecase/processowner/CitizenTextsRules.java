package no.lifecase.processowner;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.lifecase.language.Language;
import no.lifecase.modeltext.CitizenTexts;
import no.lifecase.modeltext.ModelTextFiles;
import no.lifecase.modeltext.ModelTexts;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The texts files of one upload, and the rule {@value #RULE}: a model goes out with its texts, and every element a
 * citizen sees has a text in bokmål, nynorsk and English (docs/adr/0050-texts-in-bokmal-nynorsk-and-english.md).
 */
final class CitizenTextsRules {

    static final String RULE = "citizen-texts";

    /** The texts of the upload by the name they share with their model, then by language. */
    private final Map<String, Map<Language, Map<String, String>>> texts = new HashMap<>();
    private final Map<String, String> fileOfBase = new HashMap<>();

    void read(ModelFile file, List<ModelFinding> findings) {
        var base = ModelTextFiles.baseOfTexts(file.name()).orElseThrow();
        var language = ModelTextFiles.languageOfTexts(file.name()).orElseThrow();
        try {
            texts.computeIfAbsent(base, key -> new EnumMap<>(Language.class)).put(language, ModelTextFiles.read(file.content()));
            fileOfBase.put(base, file.name());
        } catch (IllegalArgumentException e) {
            findings.add(ModelFinding.error(file.name(), null, RULE, "The texts cannot be read: " + e.getMessage()
                    + ". Write them as a properties file in UTF-8."));
        }
    }

    /** Texts go with a model of the same upload: a texts file for no model would never be read. */
    void checkEveryTextsHasItsModel(Set<String> uploadedNames, List<ModelFinding> findings) {
        var modelBases = uploadedNames.stream().map(ModelTextFiles::baseOfModel).flatMap(java.util.Optional::stream)
                .collect(Collectors.toSet());
        texts.keySet().stream().filter(base -> !modelBases.contains(base)).sorted().forEach(base -> findings.add(
                ModelFinding.error(fileOfBase.get(base), null, RULE, "These texts belong to " + base + ".bpmn or " + base
                        + ".form, which is not in the upload; deploy the texts together with their model.")));
    }

    void checkBpmn(ModelFile file, BpmnModelInstance model, List<ModelFinding> findings) {
        var base = ModelTextFiles.baseOfModel(file.name()).orElseThrow();
        var ofModel = new ModelTexts(texts.getOrDefault(base, Map.of()));
        for (var finding : CitizenTexts.check(model, ofModel)) {
            var message = finding.message() + (finding.leftOver() ? " Remove the text or correct its element id."
                    : " Add it to " + finding.missing().stream().map(language -> base + "_" + language.tag() + ".properties")
                            .collect(Collectors.joining(", ")) + ".");
            findings.add(ModelFinding.error(file.name(), finding.elementId(), RULE, message));
        }
    }
}
