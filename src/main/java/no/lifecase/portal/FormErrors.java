package no.lifecase.portal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.lifecase.caseworker.FormValues;
import no.lifecase.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What is wrong with a citizen's answers, in the reader's language: each refusal's reason as a sentence from the
 * bundle {@code messages-forms}, naming the field by its label in that language (docs/adr/0052).
 */
@Component
class FormErrors {

    private final MessageSource messages;

    FormErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** The message key of a reason: {@code form.error.notTicked} for {@code NOT_TICKED}. */
    static String key(FormValues.Reason reason) {
        var words = reason.name().toLowerCase(Locale.ROOT).split("_");
        var key = new StringBuilder("form.error.").append(words[0]);
        for (int i = 1; i < words.length; i++) {
            key.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        }
        return key.toString();
    }

    /** The first problem of each field, by field, in the form's terms and the reader's language. */
    Map<String, String> of(PortalForm form, List<FormValues.Refusal> refusals, Locale locale) {
        var language = Language.of(locale);
        var errors = new LinkedHashMap<String, String>();
        for (var refusal : refusals) {
            errors.putIfAbsent(refusal.field(), messages.getMessage(key(refusal.reason()),
                    new Object[] {form.label(refusal.field(), language), limit(refusal, locale)}, locale));
        }
        return errors;
    }

    /** A bound as the reader writes numbers (1 000, 0,5); a list of options is not repeated to a citizen. */
    private static String limit(FormValues.Refusal refusal, Locale locale) {
        if (refusal.limit() == null || refusal.reason() == FormValues.Reason.NOT_AN_OPTION) {
            return "";
        }
        try {
            var number = new BigDecimal(refusal.limit());
            var format = NumberFormat.getNumberInstance(Language.of(locale).locale());
            format.setMaximumFractionDigits(Math.max(number.scale(), 0));
            return format.format(number);
        } catch (NumberFormatException notANumber) {
            return refusal.limit();
        }
    }
}
