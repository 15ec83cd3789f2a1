package no.lifecase.decision;

import java.util.List;
import java.util.function.Consumer;
import camundajar.impl.scala.collection.immutable.Map;
import camundajar.impl.scala.runtime.BoxesRunTime;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Left;
import camundajar.impl.scala.util.Right;
import org.camunda.bpm.dmn.feel.impl.scala.ContextVariableWrapper;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.context.VariableProvider.CompositeVariableProvider;
import org.camunda.feel.context.VariableProvider.StaticVariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * Camunda's FEEL engine for rule tables, except that each distinct text is parsed once (docs/adr/0068): Camunda's
 * engine parses every input expression, input entry and output entry again each time a table is evaluated. Everything
 * else is {@link ScalaFeelEngine}'s own, inherited: its value mappers (Spin's JSON and XML values included), the custom
 * function providers, external functions turned off, the input variable of unary tests and the exception for a
 * failing expression. The FEEL engine's {@code evalExpression} is {@code parseExpression} then {@code eval} of the
 * parsed expression, and {@code evalUnaryTests} the same with {@code parseUnaryTests}; this class does the two steps
 * itself and keeps the first. It calls the same (deprecated) methods of the FEEL engine that ScalaFeelEngine calls,
 * not the newer {@code FeelEngineApi}, so that results and failure messages stay exactly as they were.
 */
@SuppressWarnings("deprecation")
class ParseOnceFeelEngine extends ScalaFeelEngine {

    private final ParsedFeelTexts expressions;
    private final ParsedFeelTexts unaryTests;

    ParseOnceFeelEngine(List<FeelCustomFunctionProvider> functionProviders, int textsKept, Consumer<String> parsing) {
        super(functionProviders);
        expressions = new ParsedFeelTexts(text -> {
            parsing.accept(text);
            return feelEngine.parseExpression(text);
        }, textsKept);
        unaryTests = new ParsedFeelTexts(text -> {
            parsing.accept(text);
            return feelEngine.parseUnaryTests(text);
        }, textsKept);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T evaluateSimpleExpression(String expression, VariableContext variableContext) {
        var context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new ContextVariableWrapper(variableContext);
            }
        };
        return (T) valueOf(evaluate(expressions.of(expression), context));
    }

    @Override
    public boolean evaluateSimpleUnaryTests(String expression, String inputVariable, VariableContext variableContext) {
        var inputVariableContext = new StaticVariableProvider(new Map.Map1<String, Object>(INPUT_VARIABLE_NAME, inputVariable));
        var contextVariableWrapper = new ContextVariableWrapper(variableContext);
        var context = new CustomContext() {
            @Override
            public VariableProvider variableProvider() {
                return new CompositeVariableProvider(toScalaList(inputVariableContext, contextVariableWrapper));
            }
        };
        return BoxesRunTime.unboxToBoolean(valueOf(evaluate(unaryTests.of(expression), context)));
    }

    int parsedTextsKept() {
        return expressions.size() + unaryTests.size();
    }

    private Either<Failure, Object> evaluate(Either<Failure, ParsedExpression> parsed, CustomContext context) {
        if (parsed instanceof Right<Failure, ParsedExpression> right) {
            return feelEngine.eval(right.value(), context);
        }
        return ((Left<Failure, ParsedExpression>) parsed).<Object>withRight();
    }

    private static Object valueOf(Either<Failure, Object> result) {
        if (result instanceof Right<Failure, Object> right) {
            return right.value();
        }
        var failure = ((Left<Failure, Object>) result).value();
        throw LOGGER.evaluationException(failure.message());
    }
}
