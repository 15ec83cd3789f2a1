package no.lifecase.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunction;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The FEEL engine that parses each text once answers as Camunda's ScalaFeelEngine does (docs/adr/0068): every shipped
 * rule table against the cases its decision test uses, failures with the same message, the input of unary tests,
 * Spin's JSON values and custom functions; and a text evaluated again is not parsed again.
 */
class ParseOnceFeelEngineFactoryTest {

    private static final String SHIPPED_TABLES = "classpath*:no/lifecase/lifeevent/**/decisions/*.dmn";

    private final List<String> parsed = new ArrayList<>();
    private final FeelEngine camundas = new ScalaFeelEngineFactory().createInstance();
    private final FeelEngine parseOnce = new ParseOnceFeelEngineFactory(() -> null, parsed::add).createInstance();

    @Test
    void every_shipped_rule_table_answers_as_with_camundas_feel_engine() throws IOException {
        var camundaDmn = dmnEngine(new ScalaFeelEngineFactory());
        var parseOnceDmn = dmnEngine(new ParseOnceFeelEngineFactory(() -> null, parsed::add));
        var tables = new PathMatchingResourcePatternResolver().getResources(SHIPPED_TABLES);
        assertThat(tables).as("the life events' rule tables").hasSizeGreaterThanOrEqualTo(17);

        var answered = new ArrayList<String>();
        for (Resource table : tables) {
            var cases = casesFor(table);
            List<DmnDecision> decisions;
            try (var in = table.getInputStream()) {
                decisions = parseOnceDmn.parseDecisions(in);
            }
            for (DmnDecision decision : decisions) {
                var matchedOnce = false;
                for (Map<String, Object> variables : cases) {
                    var what = table.getFilename() + " " + decision.getKey() + " " + variables;
                    Object expected = answer(camundaDmn, decision, variables);
                    Object actual = answer(parseOnceDmn, decision, variables);
                    assertThat(actual).as(what).isEqualTo(expected);
                    matchedOnce |= expected instanceof List<?> rows && !rows.isEmpty();
                }
                assertThat(matchedOnce).as(table.getFilename() + " " + decision.getKey() + ": some case matches a rule").isTrue();
                answered.add(decision.getKey());
            }
        }
        assertThat(answered).hasSizeGreaterThanOrEqualTo(tables.length);
    }

    @Test
    void an_expression_that_does_not_parse_fails_as_before_every_time_and_is_parsed_every_time() {
        var variables = Variables.createVariables().putValue("childAge", 8).asVariableContext();

        var expected = catchThrowable(() -> camundas.evaluateSimpleExpression("childAge +", variables));
        assertThat(expected).hasMessageContaining("failed to parse expression 'childAge +'");
        for (int evaluation = 0; evaluation < 2; evaluation++) {
            assertThatThrownBy(() -> parseOnce.evaluateSimpleExpression("childAge +", variables))
                    .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
        }
        assertThat(parsed).containsExactly("childAge +", "childAge +");
    }

    @Test
    void a_unary_test_that_does_not_parse_fails_as_before() {
        var variables = Variables.createVariables().putValue("childAge", 8).asVariableContext();

        var expected = catchThrowable(() -> camundas.evaluateSimpleUnaryTests(">< 5", "childAge", variables));
        assertThat(expected).hasMessageContaining("failed to parse expression '>< 5'");
        assertThatThrownBy(() -> parseOnce.evaluateSimpleUnaryTests(">< 5", "childAge", variables))
                .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    @Test
    void an_external_function_is_refused_as_before() {
        var external = "{max: function(x, y) external {java: {class: \"java.lang.Math\", method signature: \"max(int, int)\"}},"
                + " larger: max(1, 2)}.larger";
        var variables = Variables.createVariables().asVariableContext();

        var expected = catchThrowable(() -> camundas.evaluateSimpleExpression(external, variables));
        assertThat(expected).hasMessageContaining("External functions are disabled");
        assertThatThrownBy(() -> parseOnce.evaluateSimpleExpression(external, variables))
                .isInstanceOf(expected.getClass()).hasMessage(expected.getMessage());
    }

    @Test
    void a_unary_test_reads_its_input_as_question_mark_and_as_cell_input() {
        for (int age : new int[] {3, 8}) {
            var variables = Variables.createVariables().putValue("childAge", age).asVariableContext();
            for (String test : List.of("? > 5", "cellInput > 5", "> 5", "[1..5]")) {
                assertThat(parseOnce.evaluateSimpleUnaryTests(test, "childAge", variables)).as(test + " for " + age)
                        .isEqualTo(camundas.evaluateSimpleUnaryTests(test, "childAge", variables));
            }
            assertThat(parseOnce.evaluateSimpleUnaryTests("? > 5", "childAge", variables)).isEqualTo(age > 5);
        }
    }

    @Test
    void a_spin_json_value_is_read_as_before() {
        var child = SpinValues.jsonValue(Spin.JSON("{\"name\": \"Nora\", \"age\": 8, \"parents\": [\"Kari\", \"Ola\"]}")).create();
        VariableContext variables = Variables.createVariables().putValueTyped("child", child).asVariableContext();

        for (String expression : List.of("child.age", "child.name", "child.parents[2]", "count(child.parents)", "child")) {
            Object expected = camundas.evaluateSimpleExpression(expression, variables);
            assertThat((Object) parseOnce.evaluateSimpleExpression(expression, variables)).as(expression).isEqualTo(expected);
        }
        assertThat((Object) parseOnce.evaluateSimpleExpression("child.parents[2]", variables)).isEqualTo("Ola");
        assertThat(parseOnce.evaluateSimpleUnaryTests("> 5", "age", Variables.createVariables()
                .putValue("age", parseOnce.evaluateSimpleExpression("child.age", variables)).asVariableContext())).isTrue();
    }

    @Test
    void a_custom_function_is_called_as_before() {
        var providers = List.<FeelCustomFunctionProvider>of(new Doubling());
        FeelEngine camundasWithFunction = new ScalaFeelEngineFactory(providers).createInstance();
        FeelEngine parseOnceWithFunction = new ParseOnceFeelEngineFactory(() -> providers).createInstance();
        var variables = Variables.createVariables().putValue("children", 3).asVariableContext();

        Object expected = camundasWithFunction.evaluateSimpleExpression("twice(children)", variables);
        assertThat(expected).isEqualTo(6L);
        assertThat((Object) parseOnceWithFunction.evaluateSimpleExpression("twice(children)", variables)).isEqualTo(expected);
    }

    @Test
    void a_text_evaluated_again_is_not_parsed_again() {
        var young = Variables.createVariables().putValue("childAge", 3).asVariableContext();
        var older = Variables.createVariables().putValue("childAge", 8).asVariableContext();

        assertThat(parseOnce.evaluateSimpleUnaryTests("? > 5", "childAge", young)).isFalse();
        assertThat(parseOnce.evaluateSimpleUnaryTests("? > 5", "childAge", older)).isTrue();
        assertThat((Object) parseOnce.evaluateSimpleExpression("childAge * 2", young)).isEqualTo(6L);
        assertThat((Object) parseOnce.evaluateSimpleExpression("childAge * 2", older)).isEqualTo(16L);
        // the same text as a unary test and as an expression is parsed once for each: they parse differently
        assertThat(parseOnce.evaluateSimpleUnaryTests("childAge * 2", "x", older)).isFalse();

        assertThat(parsed).containsExactly("? > 5", "childAge * 2", "childAge * 2");
    }

    @Test
    void a_rule_table_evaluated_again_parses_nothing() throws IOException {
        var dmn = dmnEngine(new ParseOnceFeelEngineFactory(() -> null, parsed::add));
        var table = new PathMatchingResourcePatternResolver()
                .getResource("classpath:no/lifecase/lifeevent/havingachild/decisions/child-benefit.dmn");
        DmnDecision decision;
        try (var in = table.getInputStream()) {
            decision = dmn.parseDecisions(in).get(0);
        }
        var cases = casesFor(table);

        cases.forEach(variables -> dmn.evaluateDecision(decision, variables));
        var parsedInTheFirstRound = List.copyOf(parsed);
        cases.forEach(variables -> dmn.evaluateDecision(decision, variables));

        assertThat(parsedInTheFirstRound).isNotEmpty().doesNotHaveDuplicates();
        assertThat(parsed).isEqualTo(parsedInTheFirstRound);
    }

    @Test
    void a_bounded_number_of_texts_is_kept() {
        var engine = new ParseOnceFeelEngine(null, 3, parsed::add);
        var variables = Variables.createVariables().putValue("childAge", 8).asVariableContext();

        for (int i = 0; i < 10; i++) {
            assertThat((Object) engine.evaluateSimpleExpression("childAge + " + i, variables)).isEqualTo(8L + i);
        }
        assertThat((Object) engine.evaluateSimpleExpression("childAge + 9", variables)).isEqualTo(17L);

        assertThat(engine.parsedTextsKept()).isEqualTo(3);
        assertThat(parsed).hasSize(10);
        assertThat((Object) engine.evaluateSimpleExpression("childAge + 0", variables)).isEqualTo(8L);
        assertThat(parsed).as("a text dropped is parsed again when it comes back").hasSize(11);
    }

    private static DmnEngine dmnEngine(FeelEngineFactory feel) {
        var configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        return configuration.feelEngineFactory(feel).buildEngine();
    }

    /** The rows a table's result list has, or the failure (its type and message) if it fails. */
    private static Object answer(DmnEngine dmn, DmnDecision decision, Map<String, Object> variables) {
        try {
            return dmn.evaluateDecision(decision, Variables.fromMap(variables)).getResultList();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /**
     * The cases of a table's decision test ({@code decisions/<table>-cases.csv}, an empty cell being a value the
     * registers did not give), typed as the table's inputs are, or the cases the tests of the three tables without such
     * a file use; and for every table a case where nothing is known.
     */
    private static List<Map<String, Object>> casesFor(Resource table) throws IOException {
        var name = table.getFilename().replace(".dmn", "");
        var cases = new ArrayList<Map<String, Object>>();
        cases.add(Map.of());
        cases.addAll(switch (name) {
            case "unemployment-benefit" -> unemploymentBenefitCases();
            case "job-agency-routing" -> List.of(Map.of("addressProtected", false), Map.of("addressProtected", true));
            case "estate-declaration" -> estateDeclarationCases();
            default -> csvCases(name, inputTypes(table));
        });
        return cases;
    }

    private static List<Map<String, Object>> csvCases(String table, Map<String, String> inputTypes) throws IOException {
        var file = "decisions/" + table + "-cases.csv";
        try (InputStream in = ParseOnceFeelEngineFactoryTest.class.getClassLoader().getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.isBlank()).toList();
            var header = cells(lines.get(0));
            var cases = new ArrayList<Map<String, Object>>();
            for (String line : lines.subList(1, lines.size())) {
                var cells = cells(line);
                var variables = new HashMap<String, Object>();
                for (int column = 0; column < header.size(); column++) {
                    var cell = column < cells.size() ? cells.get(column) : "";
                    variables.put(header.get(column), typed(cell, inputTypes.get(header.get(column))));
                }
                cases.add(variables);
            }
            return cases;
        }
    }

    private static Map<String, String> inputTypes(Resource table) throws IOException {
        try (var in = table.getInputStream()) {
            var types = new HashMap<String, String>();
            for (Input input : Dmn.readModelFromStream(in).getModelElementsByType(Input.class)) {
                var expression = input.getInputExpression();
                types.put(expression.getText().getTextContent().strip(), expression.getTypeRef());
            }
            return types;
        }
    }

    private static Object typed(String cell, String typeRef) {
        if (cell.isEmpty()) {
            return null;
        }
        return switch (typeRef == null ? "string" : typeRef) {
            case "boolean" -> Boolean.valueOf(cell);
            case "integer" -> Integer.valueOf(cell);
            case "long" -> Long.valueOf(cell);
            case "double" -> Double.valueOf(cell);
            default -> cell;
        };
    }

    /** A CSV line's cells: commas inside double quotes belong to the cell. */
    private static List<String> cells(String line) {
        var cells = new ArrayList<String>();
        var cell = new StringBuilder();
        var quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Rows of UnemploymentBenefitDecisionTest, with G = NOK 130 160. */
    private static List<Map<String, Object>> unemploymentBenefitCases() {
        return List.of(
                unemployment(true, "dismissed", null, 37.5, 0.0, 195_240L, 0L),
                unemployment(true, "dismissed", null, 37.5, 0.0, 195_239L, 390_479L),
                unemployment(true, "bankrupt", null, 40.0, 0.0, 600_000L, 1_500_000L),
                unemployment(true, "dismissed", null, 40.0, 21.0, 600_000L, 1_500_000L),
                unemployment(true, "laid-off", "yes", 37.5, 0.0, 600_000L, 1_500_000L),
                unemployment(true, "laid-off", "no", 37.5, 0.0, 600_000L, 1_500_000L),
                unemployment(true, "quit", null, 37.5, 0.0, 600_000L, 1_500_000L),
                unemployment(false, "dismissed", null, 37.5, 0.0, 600_000L, 1_500_000L),
                unemployment(true, "dismissed", null, null, null, 600_000L, 1_500_000L),
                unemployment(true, null, null, 37.5, 0.0, 600_000L, 1_500_000L));
    }

    private static Map<String, Object> unemployment(Boolean employmentConfirmed, String reason, String notice, Double usualHours,
                                                    Double newHours, Long income12, Long income36) {
        var variables = new HashMap<String, Object>();
        variables.put("employmentConfirmed", employmentConfirmed);
        variables.put("reason", reason);
        if (notice != null) {
            variables.put("layOffNoticeReceived", notice);
        }
        if (usualHours != null) {
            variables.put("usualWeeklyHours", usualHours);
            variables.put("newWeeklyHours", newHours);
        }
        variables.put("incomeLast12Months", income12);
        variables.put("incomeLast36Months", income36);
        variables.put("grunnbelop", 130_160L);
        return variables;
    }

    /** The heirs' answers as DeathAndInheritanceProcessTest sets them, and the other ways the table decides. */
    private static List<Map<String, Object>> estateDeclarationCases() {
        return List.of(
                estate(2, 0, 0, 0, false, false, 0),
                estate(3, 3, 0, 1, false, false, 0),
                estate(3, 2, 1, 1, false, false, 0),
                estate(2, 0, 0, 0, true, false, 0),
                estate(2, 0, 0, 0, false, true, 0),
                estate(2, 0, 0, 0, false, true, 1));
    }

    private static Map<String, Object> estate(int heirs, int agreeing, int renouncing, int takingOnDebts, boolean publicSettlementAsked,
                                              boolean spouseChoseUndividedEstate, int stepchildrenWithoutConsent) {
        return Map.of("heirsCount", heirs, "heirsAgreeingToPrivateSettlement", agreeing, "heirsRenouncing", renouncing,
                "heirsTakingOnDebts", takingOnDebts, "publicSettlementAsked", publicSettlementAsked,
                "spouseChoseUndividedEstate", spouseChoseUndividedEstate, "stepchildrenWithoutConsent", stepchildrenWithoutConsent);
    }

    /** {@code twice(x)}: a custom function as a process engine plugin would provide it. */
    private static final class Doubling implements FeelCustomFunctionProvider {

        @Override
        public Optional<CustomFunction> resolveFunction(String functionName) {
            return "twice".equals(functionName)
                    ? Optional.of(CustomFunction.create().setParams("x").setFunction(args -> ((Number) args.get(0)).longValue() * 2).build())
                    : Optional.empty();
        }

        @Override
        public Collection<String> getFunctionNames() {
            return List.of("twice");
        }
    }
}
