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

    /** Why a value was refused; a page says it in the reader's words, the APIs in English ({@link Refusal#inEnglish}). */
    public enum Reason {
        NOT_AN_OBJECT, UNKNOWN_FIELD, READ_ONLY, REQUIRED, NOT_A_GROUP, NOT_TEXT, TOO_SHORT, TOO_LONG, NOT_IN_FORMAT,
        NOT_AN_EMAIL_ADDRESS, NOT_A_PHONE_NUMBER, NOT_A_NUMBER, TOO_SMALL, TOO_LARGE, TOO_MANY_DECIMALS, NOT_YES_OR_NO,
        NOT_TICKED, NOT_AN_OPTION, NOT_A_LIST_OF_OPTIONS, NOT_A_DATE, NOT_A_TIME, NOT_A_DATE_AND_TIME,
        /** A number the form lets through but whose check digits or date are wrong (the portal's start forms). */
        NOT_AN_IDENTITY_NUMBER
    }

    /**
     * One refused value, as data: the field, why, the field's name in the form and the limit it broke (a length, a
     * bound, the options), so that each reader gets it in their own language.
     *
     * @param name  the field's label in the form, or its key
     * @param limit the length, bound, number of decimals, options or, for an identity number, what is wrong; else null
     */
    public record Refusal(String field, Reason reason, String name, String limit) {

        /** The problem as the APIs report it. */
        public Problem inEnglish() {
            return new Problem(field, switch (reason) {
                case NOT_AN_OBJECT -> "The body must be a JSON object of form values, keyed by field key";
                case UNKNOWN_FIELD -> "The form has no field '" + name + "'";
                case READ_ONLY -> name + " is shown for information and cannot be submitted";
                case REQUIRED -> name + " is required";
                case NOT_A_GROUP -> name + " must be a JSON object or list";
                case NOT_TEXT -> name + " must be text";
                case TOO_SHORT -> name + " must be at least " + limit + " characters";
                case TOO_LONG -> name + " must be at most " + limit + " characters";
                case NOT_IN_FORMAT -> name + " is not in the expected format";
                case NOT_AN_EMAIL_ADDRESS -> name + " must be an e-mail address";
                case NOT_A_PHONE_NUMBER -> name + " must be a phone number";
                case NOT_A_NUMBER -> name + " must be a number";
                case TOO_SMALL -> name + " must be at least " + limit;
                case TOO_LARGE -> name + " must be at most " + limit;
                case TOO_MANY_DECIMALS -> name + " may have at most " + limit + " decimals";
                case NOT_YES_OR_NO -> name + " must be true or false";
                case NOT_TICKED -> name + " must be ticked";
                case NOT_AN_OPTION -> limit == null ? name + " must be one of its options" : name + " must be one of: " + limit;
                case NOT_A_LIST_OF_OPTIONS -> name + " must be a list of its options";
                case NOT_A_DATE -> limit == null ? name + " must be a date or time as text" : name + " must be an ISO 8601 date";
                case NOT_A_TIME -> name + " must be an ISO 8601 time";
                case NOT_A_DATE_AND_TIME -> name + " must be an ISO 8601 datetime";
                case NOT_AN_IDENTITY_NUMBER -> name + " " + limit;
            });
        }
    }

    private FormValues() {
    }

    /** The problems with these values, in English, for the APIs; see {@link #refusals} for pages. */
    public static List<Problem> check(TaskForm form, JsonNode values) {
        return refusals(form, values).stream().map(Refusal::inEnglish).toList();
    }

    public static List<Refusal> refusals(TaskForm form, JsonNode values) {
        var problems = new ArrayList<Refusal>();
        if (values == null || !values.isObject()) {
            problems.add(new Refusal("values", Reason.NOT_AN_OBJECT, null, null));
            return problems;
        }
        var submitted = new HashSet<String>();
        values.fieldNames().forEachRemaining(submitted::add);
        for (var key : submitted) {
            var field = form.fields().get(key);
            if (field == null) {
                problems.add(new Refusal(key, Reason.UNKNOWN_FIELD, key, null));
            } else if (field.readOnly()) {
                problems.add(refusal(field, Reason.READ_ONLY, null));
            }
        }
        for (var field : form.fields().values()) {
            if (field.readOnly()) {
                continue;
            }
            JsonNode value = values.get(field.key());
            if (isEmpty(value)) {
                if (field.required() && !field.conditional()) {
                    problems.add(refusal(field, Reason.REQUIRED, null));
                }
                continue;
            }
            Refusal problem = checkValue(field, value);
            if (problem != null) {
                problems.add(problem);
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

    private static Refusal refusal(TaskForm.Field field, Reason reason, Object limit) {
        return new Refusal(field.key(), reason, field.displayName(), limit == null ? null : String.valueOf(limit));
    }

    private static Refusal checkValue(TaskForm.Field field, JsonNode value) {
        if (field.nested()) {
            return value.isContainerNode() ? null : refusal(field, Reason.NOT_A_GROUP, null);
        }
        return switch (field.type()) {
            case "textfield", "textarea" -> value.isTextual() ? checkText(field, value.asText()) : refusal(field, Reason.NOT_TEXT, null);
            case "number" -> checkNumber(field, value);
            case "checkbox" -> !value.isBoolean() ? refusal(field, Reason.NOT_YES_OR_NO, null)
                    : field.required() && !field.conditional() && !value.booleanValue() ? refusal(field, Reason.NOT_TICKED, null) : null;
            case "radio", "select" -> value.isValueNode() ? checkOption(field, value.asText()) : refusal(field, Reason.NOT_AN_OPTION, null);
            case "checklist", "taglist" -> checkOptions(field, value);
            case "datetime" -> value.isTextual() ? checkDateTime(field, value.asText()) : refusal(field, Reason.NOT_A_DATE, null);
            default -> null;
        };
    }

    private static Refusal checkText(TaskForm.Field field, String text) {
        int length = text.codePointCount(0, text.length());
        if (field.minLength() != null && length < field.minLength()) {
            return refusal(field, Reason.TOO_SHORT, field.minLength());
        }
        if (field.maxLength() != null && length > field.maxLength()) {
            return refusal(field, Reason.TOO_LONG, field.maxLength());
        }
        if (field.pattern() != null && !matches(field.pattern(), text)) {
            return refusal(field, Reason.NOT_IN_FORMAT, null);
        }
        if ("email".equals(field.validationType()) && !EMAIL.matcher(text).matches()) {
            return refusal(field, Reason.NOT_AN_EMAIL_ADDRESS, null);
        }
        if ("phone".equals(field.validationType()) && !PHONE.matcher(text).matches()) {
            return refusal(field, Reason.NOT_A_PHONE_NUMBER, null);
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

    private static Refusal checkNumber(TaskForm.Field field, JsonNode value) {
        BigDecimal number;
        if (value.isNumber()) {
            number = value.decimalValue();
        } else if (value.isTextual() && field.serializeToString()) {
            try {
                number = new BigDecimal(value.asText());
            } catch (NumberFormatException e) {
                return refusal(field, Reason.NOT_A_NUMBER, null);
            }
        } else {
            return refusal(field, Reason.NOT_A_NUMBER, null);
        }
        if (field.min() != null && number.compareTo(BigDecimal.valueOf(field.min())) < 0) {
            return refusal(field, Reason.TOO_SMALL, plain(field.min()));
        }
        if (field.max() != null && number.compareTo(BigDecimal.valueOf(field.max())) > 0) {
            return refusal(field, Reason.TOO_LARGE, plain(field.max()));
        }
        if (field.decimalDigits() != null && Math.max(number.stripTrailingZeros().scale(), 0) > field.decimalDigits()) {
            return refusal(field, Reason.TOO_MANY_DECIMALS, field.decimalDigits());
        }
        return null;
    }

    private static Refusal checkOption(TaskForm.Field field, String chosen) {
        if (field.dynamicOptions() || field.options().stream().anyMatch(option -> option.value().equals(chosen))) {
            return null;
        }
        return refusal(field, Reason.NOT_AN_OPTION, field.options().stream().map(TaskForm.Option::value).toList());
    }

    private static Refusal checkOptions(TaskForm.Field field, JsonNode value) {
        if (!value.isArray()) {
            return refusal(field, Reason.NOT_A_LIST_OF_OPTIONS, null);
        }
        for (JsonNode one : value) {
            if (!one.isValueNode() || one.isNull()) {
                return refusal(field, Reason.NOT_A_LIST_OF_OPTIONS, null);
            }
            Refusal problem = checkOption(field, one.asText());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Refusal checkDateTime(TaskForm.Field field, String text) {
        String subtype = field.subtype() == null ? "date" : field.subtype();
        try {
            switch (subtype) {
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
            return switch (subtype) {
                case "time" -> refusal(field, Reason.NOT_A_TIME, subtype);
                case "datetime" -> refusal(field, Reason.NOT_A_DATE_AND_TIME, subtype);
                default -> refusal(field, Reason.NOT_A_DATE, subtype);
            };
        }
    }

    private static String plain(Double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }
}
