package no.lifecase.decision;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.FeelEngineFactory;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;

/**
 * Gives the DMN engine a {@link ParseOnceFeelEngine} in place of Camunda's ScalaFeelEngine (docs/adr/0068). The custom
 * function providers are read when the engine is built, as Camunda's own factory receives them then.
 */
public class ParseOnceFeelEngineFactory implements FeelEngineFactory {

    /** Far above the 174 distinct texts of the shipped rule tables; a bound against an endless stream of new texts. */
    static final int TEXTS_KEPT = 4_000;

    private final Supplier<List<FeelCustomFunctionProvider>> functionProviders;
    private final Consumer<String> parsing;

    public ParseOnceFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders) {
        this(functionProviders, text -> { });
    }

    /** @param parsing told of every text as it is parsed, so that a test sees what is parsed again and what is not */
    ParseOnceFeelEngineFactory(Supplier<List<FeelCustomFunctionProvider>> functionProviders, Consumer<String> parsing) {
        this.functionProviders = functionProviders;
        this.parsing = parsing;
    }

    @Override
    public FeelEngine createInstance() {
        return new ParseOnceFeelEngine(functionProviders.get(), TEXTS_KEPT, parsing);
    }
}
