package no.lifecase.modelsafety;

import java.util.ArrayList;
import java.util.List;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Everything in a BPMN or DMN model that the engine would run, checked against what a model may do (ADR 0035): no
 * scripts, no classes loaded by name, no connectors, and every expression within {@link ModelExpressions}. The
 * same check serves the models API (as findings) and every deployment the engine makes (as a refusal).
 */
public final class ModelCheck {

    /** One thing a model may not do, with the element that does it and, where there is one, the expression. */
    public record Violation(String elementId, String expression, String message) {
    }

    private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String CAMUNDA_DMN_NS = "http://camunda.org/schema/1.0/dmn";
    private static final Set<String> CLASS_ATTRIBUTES = Set.of("class", "formHandlerClass", "variableMappingClass", "resource");
    private static final Set<String> NOT_RUN = Set.of("documentation", "text", "textAnnotation", "description");
    private static final Set<String> DMN_EXPRESSIONS = Set.of("inputExpression", "inputEntry", "outputEntry", "literalExpression");
    private static final Pattern FEEL_EXTERNAL_FUNCTION = Pattern.compile("\\bexternal\\s*\\{");
    /** A model's texts in one language, beside the model: {@code having-a-child_nn.properties} (docs/adr/0052). */
    private static final Pattern TEXTS_FILE = Pattern.compile("(.+)_(nb|nn|en)\\.properties");
    private static final List<String> MODELS_WITH_TEXTS = List.of(".bpmn", ".form");

    private ModelCheck() {
    }

    /** Whether the resource is a model or form Lifecase deploys; any other file in a deployment is refused. */
    public static boolean isDeployable(String resourceName) {
        String name = resourceName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml") || name.endsWith(".dmn") || name.endsWith(".dmn11.xml")
                || name.endsWith(".form");
    }

    /**
     * The model a texts file belongs to, by name ({@code forms/home-visit_nn.properties} belongs to
     * {@code forms/home-visit.form} or {@code forms/home-visit.bpmn}); empty if the name is not a texts file's.
     */
    public static Optional<String> textsFileBase(String resourceName) {
        var matcher = TEXTS_FILE.matcher(resourceName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /**
     * Whether a texts file travels with its model: deployed only together with the model of its base name, so that
     * the texts are versioned with the model (docs/adr/0052); a texts file alone, or any other file, is refused.
     */
    public static boolean isTextsOfAModelIn(String resourceName, Collection<String> deployedWith) {
        return textsFileBase(resourceName)
                .map(base -> MODELS_WITH_TEXTS.stream().anyMatch(extension -> deployedWith.contains(base + extension)))
                .orElse(false);
    }

    public static List<Violation> bpmn(Document model, ModelBeans beans) {
        var violations = new ArrayList<Violation>();
        checkBpmn(model.getDocumentElement(), null, beans, violations);
        return violations;
    }

    public static List<Violation> dmn(Document model, ModelBeans beans) {
        var violations = new ArrayList<Violation>();
        String language = model.getDocumentElement().getAttribute("expressionLanguage");
        checkDmn(model.getDocumentElement(), null, language, beans, violations);
        return violations;
    }

    private static void checkBpmn(Element element, String elementId, ModelBeans beans, List<Violation> violations) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : elementId;
        String name = element.getLocalName();
        if (NOT_RUN.contains(name) || String.valueOf(element.getNamespaceURI()).contains("/DI")) {
            return;
        }
        if ("scriptTask".equals(name) || CAMUNDA_NS.equals(element.getNamespaceURI()) && "script".equals(name)) {
            violations.add(new Violation(id, null, "Scripts are not run by Lifecase; use a delegate bean (camunda:delegateExpression)."));
        } else if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "connector".equals(name)) {
            violations.add(new Violation(id, null, "Connectors are not used by Lifecase; call other systems from a delegate bean."));
        } else if (element.hasAttribute("language") && ("conditionExpression".equals(name) || "condition".equals(name))) {
            violations.add(new Violation(id, null, "A condition in a script language (" + element.getAttribute("language")
                    + ") is not run by Lifecase; write it as an expression, e.g. ${approved == true}."));
        }
        checkAttributes(element, id, beans, violations);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                checkBpmn(childElement, id, beans, violations);
            } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                checkExpression(child.getNodeValue(), id, beans, violations);
            }
        }
    }

    private static void checkAttributes(Element element, String id, ModelBeans beans, List<Violation> violations) {
        NamedNodeMap attributes = element.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            String namespace = attribute.getNamespaceURI();
            if ((CAMUNDA_NS.equals(namespace) || CAMUNDA_DMN_NS.equals(namespace)) && CLASS_ATTRIBUTES.contains(attribute.getLocalName())) {
                violations.add(new Violation(id, attribute.getValue(), "camunda:" + attribute.getLocalName()
                        + " loads code by name, which models may not do; use a delegate bean (camunda:delegateExpression)."));
            } else {
                checkExpression(attribute.getValue(), id, beans, violations);
            }
        }
    }

    private static void checkDmn(Element element, String elementId, String language, ModelBeans beans, List<Violation> violations) {
        String id = element.hasAttribute("id") ? element.getAttribute("id") : elementId;
        String name = element.getLocalName();
        if ("description".equals(name) || String.valueOf(element.getNamespaceURI()).contains("DMNDI")) {
            return;
        }
        String ownLanguage = element.hasAttribute("expressionLanguage") ? element.getAttribute("expressionLanguage") : language;
        if (DMN_EXPRESSIONS.contains(name)) {
            checkDmnExpression(element, id, ownLanguage, beans, violations);
        } else {
            checkAttributes(element, id, beans, violations);
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement && !DMN_EXPRESSIONS.contains(name)) {
                checkDmn(childElement, id, ownLanguage, beans, violations);
            }
        }
    }

    /** A decision's expression: FEEL (the default) without Java functions, or JUEL within the allow-list; no script. */
    private static void checkDmnExpression(Element expression, String id, String language, ModelBeans beans, List<Violation> violations) {
        String text = expression.getTextContent();
        String lower = language == null ? "" : language.strip().toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || lower.contains("feel")) {
            if (FEEL_EXTERNAL_FUNCTION.matcher(text).find()) {
                violations.add(new Violation(id, text.strip(), "A FEEL external function runs Java code, which models may not do."));
            }
        } else if ("juel".equals(lower)) {
            checkExpression(text, id, beans, violations);
        } else {
            violations.add(new Violation(id, text.strip(), "Scripts (" + language + ") are not run by Lifecase; write the "
                    + "expression in FEEL."));
        }
    }

    private static void checkExpression(String text, String id, ModelBeans beans, List<Violation> violations) {
        if (text == null || !(text.contains("${") || text.contains("#{"))) {
            return;
        }
        for (String problem : ExpressionCheck.problems(text.strip(), beans)) {
            violations.add(new Violation(id, text.strip(), problem));
        }
    }
}
