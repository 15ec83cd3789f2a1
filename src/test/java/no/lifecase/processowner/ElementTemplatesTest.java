package no.lifecase.processowner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

/**
 * The element templates that offer Lifecase's delegates in Camunda Modeler name delegate beans that exist
 * ({@code @Component("name")} classes and {@code @Bean} methods returning a {@link JavaDelegate}), found by
 * reading the classes, with no Spring context started.
 */
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of(".camunda/element-templates/lifecase-delegates.json");
    private static final Pattern BEAN = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)}$");
    private static final Set<String> BINDING_TYPES = Set.of("property", "camunda:property", "camunda:inputParameter",
            "camunda:outputParameter", "camunda:in", "camunda:out", "camunda:in:businessKey", "camunda:executionListener",
            "camunda:field", "camunda:errorEventDefinition");
    private static final Set<String> PROPERTY_TYPES = Set.of("String", "Text", "Boolean", "Dropdown", "Hidden");

    private static JsonNode templates;
    private static Set<String> delegateBeans;

    @BeforeAll
    static void load() throws Exception {
        templates = new ObjectMapper().readTree(TEMPLATES.toFile());
        delegateBeans = delegateBeans();
    }

    @Test
    void everyTemplateNamesAnExistingDelegateBean() {
        assertThat(templates.isArray()).isTrue();
        assertThat(templates).isNotEmpty();
        for (JsonNode template : templates) {
            var delegate = property(template, "camunda:delegateExpression");
            assertThat(delegate).as("delegateExpression of %s", template.get("id")).isNotNull();
            assertThat(delegate.get("type").asText()).isEqualTo("Hidden");
            Matcher matcher = BEAN.matcher(delegate.get("value").asText());
            assertThat(matcher.matches()).as("delegate of %s is ${beanName}", template.get("id")).isTrue();
            assertThat(delegateBeans).as("delegate beans").contains(matcher.group(1));
        }
    }

    @Test
    void everyTemplateRunsAsynchronously() {
        for (JsonNode template : templates) {
            var async = property(template, "camunda:asyncBefore");
            assertThat(async).as("asyncBefore of %s", template.get("id")).isNotNull();
            assertThat(async.get("value").asBoolean()).isTrue();
        }
    }

    @Test
    void templatesAreWellFormed() {
        var ids = new HashSet<String>();
        for (JsonNode template : templates) {
            assertThat(template.path("name").asText()).isNotBlank();
            assertThat(ids.add(template.path("id").asText())).as("unique id %s", template.get("id")).isTrue();
            assertThat(template.path("version").isInt()).isTrue();
            assertThat(template.path("appliesTo")).isNotEmpty()
                    .allSatisfy(type -> assertThat(type.asText()).isIn("bpmn:ServiceTask", "bpmn:SendTask"));
            assertThat(template.path("properties")).isNotEmpty().allSatisfy(property -> {
                assertThat(property.path("type").asText()).isIn(PROPERTY_TYPES);
                assertThat(property.path("binding").path("type").asText()).isIn(BINDING_TYPES);
                assertThat(property.path("binding").path("name").asText()).isNotBlank();
            });
        }
    }

    @Test
    void theLookUpPersonTemplateIsOffered() {
        assertThat(templates).anySatisfy(template -> {
            assertThat(template.path("name").asText()).isEqualTo("Look up person in Folkeregisteret");
            assertThat(property(template, "camunda:delegateExpression").path("value").asText()).isEqualTo("${lookUpPerson}");
        });
    }

    private static JsonNode property(JsonNode template, String bindingName) {
        for (JsonNode property : template.path("properties")) {
            if (bindingName.equals(property.path("binding").path("name").asText())) {
                return property;
            }
        }
        return null;
    }

    /** {@code @Component("name")} delegates and the JavaDelegate {@code @Bean} methods of configuration classes. */
    private static Set<String> delegateBeans() throws ClassNotFoundException {
        var names = new HashSet<String>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        for (var candidate : scanner.findCandidateComponents("no.lifecase")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            Component component = type.getAnnotation(Component.class);
            if (component != null && !component.value().isEmpty() && JavaDelegate.class.isAssignableFrom(type)) {
                names.add(component.value());
            }
            if (type.isAnnotationPresent(Configuration.class)) {
                for (Method method : type.getDeclaredMethods()) {
                    if (method.isAnnotationPresent(Bean.class) && JavaDelegate.class.isAssignableFrom(method.getReturnType())) {
                        names.add(method.getName());
                    }
                }
            }
        }
        assertThat(names).contains("lookUpPerson", "grantChildBenefit");
        return names;
    }
}
