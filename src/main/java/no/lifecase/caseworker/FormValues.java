package no.lifecase.caseworker;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * Checks the values a caseworker submits for a task against the task's Camunda Form, on the server, the
 * way the form itself would in Tasklist, and turns valid ones into process variables. Every problem is
 * reported, each naming its field; nothing is written unless there are none.
 */
public final class FormValues {

    /** Roughly what form-js accepts as an e-mail address and a phone number. */
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ()\\-]{5,}$");
    /** A form-js time: 24-hour, optionally with seconds and a UTC offset. */
    private static final Pattern TIME = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?(Z|[+-]\\d{2}:?\\d{2})?$");

    public record Problem(String field, String detail) {
    }

    private FormValues() {
    }

    public static List<Problem> check(TaskForm form, JsonNode values) {
        var problems = new ArrayList<Problem>();
        if (values == null || !values.isObject()) {
            problems.add(new Problem("values", "The body must be a JSON object of form values, keyed by field key"));
            return problems;
        }
        var submitted = new HashSet<String>();
        values.fieldNames().forEachRemaining(submitted::add);
        for (var key : submitted) {
            var field = form.fields().get(key);
            if (field == null) {
                problems.add(new Problem(key, "The form has no field '" + key + "'"));
            } else if (field.readOnly()) {
                problems.add(new Problem(key, field.displayName() + " is shown for information and cannot be submitted"));
            }
        }
        for (var field : form.fields().values()) {
            if (field.readOnly()) {
                continue;
            }
            JsonNode value = values.get(field.key());
            if (isEmpty(value)) {
                if (field.required() && !field.conditional()) {
                    problems.add(new Problem(field.key(), field.displayName() + " is required"));
                }
                continue;
            }
            String problem = checkValue(field, value);
            if (problem != null) {
                problems.add(new Problem(field.key(), problem));
            }
        }
        return problems;
    }

    /** The variables to complete the task with; call only when {@link #check} found no problems. */
    public static Map<String, Object> variables(TaskForm form, JsonNode values) {
        var variables = new LinkedHashMap<String, Object>();
        values.fields().forEachRemaining(entry -> {
            var field = form.fields().get(entry.getKey());
            JsonNode value = entry.getValue();
            variables.put(entry.getKey(), value.isNull() ? null : toVariable(field, value));
        });
        return variables;
    }

    private static Object toVariable(TaskForm.Field field, JsonNode value) {
        if (value.isContainerNode()) {
            return SpinValues.jsonValue(value.toString()).create();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.isIntegralNumber() && value.canConvertToLong() ? (Object) value.longValue() : (Object) value.doubleValue();
        }
        return value.asText();
    }

    private static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()
                || value.isArray() && value.isEmpty();
    }

    private static String checkValue(TaskForm.Field field, JsonNode value) {
        String name = field.displayName();
        if (field.nested()) {
            return value.isContainerNode() ? null : name + " must be a JSON object or list";
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> value.isTextual() ? checkText(field, value.asText()) : name + " must be text";
            case "number" -> checkNumber(field, value);
            case "checkbox" -> !value.isBoolean() ? name + " must be true or false"
                    : field.required() && !field.conditional() && !value.booleanValue() ? name + " must be ticked" : null;
            case "radio", "select" -> value.isValueNode() ? checkOption(field, value.asText()) : name + " must be one of its options";
            case "checklist", "taglist" -> checkOptions(field, value);
            case "datetime" -> value.isTextual() ? checkDateTime(field, value.asText()) : name + " must be a date or time as text";
            default -> null;
        };
    }

    private static String checkText(TaskForm.Field field, String text) {
        String name = field.displayName();
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            return name + " must be at least " + field.minLength() + " characters";
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            return name + " must be at most " + field.maxLength() + " characters";
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            return name + " is not in the expected format";
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            return name + " must be an e-mail address";
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
            return name + " must be a phone number";
        }
        return null;
    }

    /** form-js tests a pattern with RegExp.test, so the pattern may match any part of the value unless anchored. */
    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return true;   // a pattern Java cannot read is the form's fault, not the caseworker's
        }
    }

    private static String checkNumber(TaskForm.Field field, JsonNode value) {
        String name = field.displayName();
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual() && field.serializeToString()) {
            try {
                number = new BigDecimal(value.asText());
            } catch (NumberFormatException e) {
                return name + " must be a number";
            }
        } else {
            return name + " must be a number";
        }
        if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
            return name + " must be at least " + plain(field.min());
        }
        if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            return name + " must be at most " + plain(field.max());
        }
        if (field.decimalDigits() != null && Math.max(number.stripTrailingZeros().scale(), 0) > field.decimalDigits()) {
            return name + " may have at most " + field.decimalDigits() + " decimals";
        }
        return null;
    }

    private static String checkOption(TaskForm.Field field, String chosen) {
        if (field.dynamicOptions() || field.options().stream().anyMatch(option -> option.value().equals(chosen))) {
            return null;
        }
        return field.displayName() + " must be one of: " + field.options().stream().map(TaskForm.Option::value).toList();
    }

    private static String checkOptions(TaskForm.Field field, JsonNode value) {
        if (!value.isArray()) {
            return field.displayName() + " must be a list of its options";
        }
        for (JsonNode one : value) {
            if (!one.isValueNode() || one.isNull()) {
                return field.displayName() + " must be a list of its options";
            }
            String problem = checkOption(field, one.asText());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String checkDateTime(TaskForm.Field field, String text) {
        try {
            switch (field.subtype() == null ? "date" : field.subtype()) {
                case "time" -> {
                    if (!TIME.matcher(text).matches()) {
                        throw new DateTimeParseException("not a time", text, 0);
                    }
                }
                case "datetime" -> {
                    try {
                        OffsetDateTime.parse(text);
                    } catch (DateTimeParseException local) {
                        LocalDateTime.parse(text);
                    }
                }
                default -> LocalDate.parse(text);
            }
            return null;
        } catch (DateTimeParseException e) {
            return field.displayName() + " must be an ISO 8601 " + (field.subtype() == null ? "date" : field.subtype());
        }
    }

    private static String plain(Double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
