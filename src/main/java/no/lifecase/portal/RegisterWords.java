package no.lifecase.portal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Registers and the fields read from them in words a person understands, from messages-registers*.properties:
 * "kommunenummer i bostedsadressen", not {@code bostedsadresse.vegadresse.kommunenummer}. A register may name a field
 * its own way ({@code register.krr.field.status}); a path without a name shows as logged.
 */
@Component("registerWords")
public class RegisterWords {

    private final MessageSource messages;

    RegisterWords(MessageSource messages) {
        this.messages = messages;
    }

    public String register(String register, Locale locale) {
        return messages.getMessage("register." + register, null, register, locale);
    }

    public String fields(String register, List<String> fields, Locale locale) {
        return fields.stream().map(field -> field(register, field, locale)).collect(Collectors.joining(", "));
    }

    private String field(String register, String field, Locale locale) {
        var general = messages.getMessage("register.field." + field, null, field, locale);
        return messages.getMessage("register." + register + ".field." + field, null, general, locale);
    }
}
