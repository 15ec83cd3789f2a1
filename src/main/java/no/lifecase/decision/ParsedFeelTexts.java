package no.lifecase.decision;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import camundajar.impl.scala.util.Either;
import camundajar.impl.scala.util.Right;
import org.camunda.feel.FeelEngine.Failure;
import org.camunda.feel.syntaxtree.ParsedExpression;

/**
 * The parsed form of FEEL texts of one kind (expressions or unary tests), each text parsed once (docs/adr/0068).
 * Lookups take no lock, as every job thread evaluates rule tables. At most {@code capacity} texts are kept; beyond
 * that the text kept longest is dropped first. A text that fails to parse is never kept: it is parsed, and fails with
 * the same message, every time.
 */
final class ParsedFeelTexts {

    private final ConcurrentHashMap<String, Either<Failure, ParsedExpression>> parsed = new ConcurrentHashMap<>();
    private final Queue<String> keptSince = new ConcurrentLinkedQueue<>();
    private final Function<String, Either<Failure, ParsedExpression>> parser;
    private final int capacity;

    ParsedFeelTexts(Function<String, Either<Failure, ParsedExpression>> parser, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("at least one parsed text must be kept, not " + capacity);
        }
        this.parser = parser;
        this.capacity = capacity;
    }

    /** The text parsed, from what is kept or by parsing it now; a failure as the FEEL engine reports it. */
    Either<Failure, ParsedExpression> of(String text) {
        if (text == null) {
            // no key for a missing text: the FEEL engine's own failure for it, as before
            return parser.apply(null);
        }
        var known = parsed.get(text);
        if (known != null) {
            return known;
        }
        var result = parser.apply(text);
        if (result instanceof Right<?, ?> && parsed.putIfAbsent(text, result) == null) {
            keptSince.add(text);
            dropOldestBeyondCapacity();
        }
        return result;
    }

    int size() {
        return parsed.size();
    }

    private void dropOldestBeyondCapacity() {
        while (parsed.size() > capacity) {
            var oldest = keptSince.poll();
            if (oldest == null) {
                return;
            }
            parsed.remove(oldest);
        }
    }
}
