package no.lifecase.modelsafety;

import java.beans.Introspector;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.joda.time.DateTime;

/**
 * What an expression in a model may reach, in one place (ADR 0035). A model is data from a process owner, not code:
 * its expressions read and write the case's process variables, call the methods listed here on the values the
 * engine hands them, call the listed functions, and name the beans Lifecase declares for models. Everything else
 * (reflection, {@code getClass()}, class loaders, {@code Runtime}, the engine's services, any other bean) fails.
 */
public final class ModelExpressions {

    /** The engine's built-in functions a model may call: dates for due dates and timers, and the user for filters. */
    public static final Set<String> FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");

    /**
     * Beans with methods a model may call, by bean name, each with its methods. Beans that implement
     * {@link #DELEGATE_TYPES} may be named too (as {@code ${beanName}}), but expose no method to expressions: the engine
     * calls them.
     */
    public static final Map<String, Set<String>> BEAN_METHODS = Map.of(
            "taskDeadline", Set.of("reminder", "escalation"));

    /** What a bean must be for a model to name it as a delegate or listener. */
    public static final List<Class<?>> DELEGATE_TYPES = List.of(JavaDelegate.class, ExecutionListener.class, TaskListener.class);

    /** A case's own process variables: read and written through the execution or the task. */
    private static final Set<String> VARIABLES = Set.of("getVariable", "getVariableLocal", "hasVariable", "hasVariableLocal",
            "getVariables", "getVariablesLocal", "getVariableNames", "setVariable", "setVariableLocal");

    /** The methods a model may call on the values it meets, by the type they are declared for. */
    static final Map<Class<?>, Set<String>> METHODS = methods();

    private ModelExpressions() {
    }

    private static Map<Class<?>, Set<String>> methods() {
        var methods = new LinkedHashMap<Class<?>, Set<String>>();
        methods.put(DelegateExecution.class, with(VARIABLES, "getId", "getProcessInstanceId", "getProcessBusinessKey",
                "getBusinessKey", "getProcessDefinitionId", "getCurrentActivityId", "getCurrentActivityName",
                "getActivityInstanceId", "getEventName", "getTenantId"));
        methods.put(DelegateTask.class, with(VARIABLES, "getId", "getName", "getTaskDefinitionKey", "getAssignee",
                "getDueDate", "getCreateTime", "getProcessInstanceId", "getEventName", "getTenantId", "getExecution"));
        methods.put(DmnDecisionResult.class, Set.of("getSingleResult", "getFirstResult", "getResultList", "collectEntries",
                "getSingleEntry", "isEmpty", "size", "get", "contains"));
        methods.put(DmnDecisionResultEntries.class, Set.of("getEntry", "getSingleEntry", "getFirstEntry", "getEntryMap",
                "get", "containsKey", "isEmpty", "size"));
        methods.put(java.util.Collection.class, Set.of("contains", "containsAll", "isEmpty", "size"));
        methods.put(java.util.List.class, Set.of("get", "indexOf"));
        methods.put(java.util.Map.class, Set.of("get", "getOrDefault", "containsKey", "containsValue", "isEmpty", "size"));
        methods.put(String.class, Set.of("equals", "equalsIgnoreCase", "isEmpty", "isBlank", "length", "startsWith",
                "endsWith", "contains", "toLowerCase", "toUpperCase", "trim", "strip", "substring"));
        methods.put(Number.class, Set.of("intValue", "longValue", "doubleValue", "equals"));
        methods.put(Boolean.class, Set.of("booleanValue", "equals"));
        methods.put(Date.class, Set.of("getTime", "before", "after", "equals"));
        methods.put(DateTime.class, Set.of("plusMinutes", "plusHours", "plusDays", "plusWeeks", "plusMonths", "plusYears",
                "minusMinutes", "minusHours", "minusDays", "minusWeeks", "minusMonths", "minusYears", "toDate", "isBefore",
                "isAfter", "isBeforeNow", "isAfterNow"));
        return Map.copyOf(methods);
    }

    private static Set<String> with(Set<String> base, String... more) {
        return Stream.concat(base.stream(), Stream.of(more)).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether a model may call this method on this value (not a bean: see {@link #BEAN_METHODS}). */
    static boolean mayCall(Object base, String method) {
        return METHODS.entrySet().stream().anyMatch(allowed -> allowed.getKey().isInstance(base) && allowed.getValue().contains(method));
    }

    /** Whether a model may read this property ({@code execution.processBusinessKey}) of this value. */
    static boolean mayRead(Object base, String property) {
        if (property.isEmpty()) {
            return false;
        }
        String capitalised = Character.toUpperCase(property.charAt(0)) + property.substring(1);
        return mayCall(base, "get" + capitalised) || mayCall(base, "is" + capitalised);
    }

    /** Every method name a model may call on some value or bean: what a model's text can be checked against. */
    static Set<String> methodNames() {
        var names = new TreeSet<String>();
        METHODS.values().forEach(names::addAll);
        BEAN_METHODS.values().forEach(names::addAll);
        return names;
    }

    /**
     * Property names a model must never read: {@code class}, and the getters of the execution and the task that are
     * not listed (such as {@code execution.processEngine}). Other names may be keys of a map, so only the run-time check
     * can tell.
     */
    static Set<String> offLimitsProperties() {
        var names = new TreeSet<String>(Set.of("class", "classLoader", "declaringClass", "module"));
        for (Class<?> type : List.of(DelegateExecution.class, DelegateTask.class)) {
            Set<String> allowed = METHODS.get(type);
            for (Method method : type.getMethods()) {
                boolean getter = method.getParameterCount() == 0 && !Modifier.isStatic(method.getModifiers())
                        && (method.getName().startsWith("get") && method.getName().length() > 3
                        || method.getName().startsWith("is") && method.getName().length() > 2);
                if (getter && !allowed.contains(method.getName())) {
                    String property = method.getName().substring(method.getName().startsWith("get") ? 3 : 2);
                    if (!mayReadAnywhere(property)) {
                        names.add(Introspector.decapitalize(property));
                    }
                }
            }
        }
        return names;
    }

    private static boolean mayReadAnywhere(String capitalised) {
        return METHODS.values().stream().anyMatch(allowed -> allowed.contains("get" + capitalised) || allowed.contains("is" + capitalised));
    }
}
