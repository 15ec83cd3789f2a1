package no.lifecase.modelsafety;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstFunction;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstMethod;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.TreeBuilderException;

/**
 * Reads one JUEL expression of a model before it is deployed and names what it would reach that
 * {@link ModelExpressions} does not allow: an unlisted function or method, a method whose name is computed, a property
 * such as {@code class}, or a bean models may not use. What only the values at run time tell (which method on which
 * type) is left to {@link GuardedBeanResolver}; this check refuses early what can never pass.
 */
final class ExpressionCheck {

    private static final Builder PARSER = new Builder(Builder.Feature.METHOD_INVOCATIONS);
    private static final Set<String> METHOD_NAMES = ModelExpressions.methodNames();
    private static final Set<String> OFF_LIMITS_PROPERTIES = ModelExpressions.offLimitsProperties();

    private ExpressionCheck() {
    }

    /** What is wrong with the expression, one sentence each; empty when nothing is. */
    static List<String> problems(String expression, ModelBeans beans) {
        var problems = new ArrayList<String>();
        Node root;
        try {
            root = PARSER.build(expression).getRoot();
        } catch (TreeBuilderException e) {
            problems.add("The expression " + expression + " is not valid: " + e.getMessage());
            return problems;
        }
        visit(root, false, beans, problems);
        return problems;
    }

    private static void visit(Node node, boolean calledAsMethod, ModelBeans beans, List<String> problems) {
        if (node instanceof AstFunction function) {
            if (!ModelExpressions.FUNCTIONS.contains(function.getName())) {
                problems.add("The function " + function.getName() + "() is not available to models; they may call "
                        + String.join(", ", ModelExpressions.FUNCTIONS.stream().sorted().map(name -> name + "()").toList()) + ".");
            }
        } else if (node instanceof AstIdentifier identifier) {
            if (beans.isOffLimits(identifier.getName())) {
                problems.add("The bean " + identifier.getName() + " is not available to models.");
            }
        } else if (node instanceof AstMethod) {
            visit(node.getChild(0), true, beans, problems);
            visitChildren(node.getChild(1), beans, problems);
            return;
        } else if (node instanceof AstProperty property) {
            // The prefix first, so that problems read in the order the expression would meet them.
            visit(property.getChild(0), false, beans, problems);
            if (property instanceof AstBracket bracket) {
                visit(bracket.getChild(1), false, beans, problems);
            }
            checkProperty(property, calledAsMethod, problems);
            return;
        }
        visitChildren(node, beans, problems);
    }

    private static void visitChildren(Node node, ModelBeans beans, List<String> problems) {
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i), false, beans, problems);
        }
    }

    private static void checkProperty(AstProperty property, boolean calledAsMethod, List<String> problems) {
        String name = literalName(property);
        if (name == null) {
            if (calledAsMethod) {
                problems.add("A method whose name is computed (" + property + ") cannot be checked, so models may not call one.");
            }
            return;
        }
        if (calledAsMethod && !METHOD_NAMES.contains(name)) {
            problems.add("The method " + name + "() is not available to models.");
        } else if (!calledAsMethod && OFF_LIMITS_PROPERTIES.contains(name)) {
            problems.add("The property " + name + " is not available to models.");
        }
    }

    /** The property's name as written ({@code a.name} or {@code a['name']}), or null when it is computed. */
    private static String literalName(AstProperty property) {
        if (property instanceof AstDot) {
            // JUEL prints a dot as ". name"; the name is not otherwise public.
            return property.toString().substring(2);
        }
        if (property instanceof AstBracket bracket && bracket.getChild(1) instanceof AstString text) {
            return String.valueOf(text.eval(null, null));
        }
        return null;
    }
}
