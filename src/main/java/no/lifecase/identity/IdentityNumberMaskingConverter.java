package no.lifecase.identity;

import java.util.regex.Pattern;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback converter for {@code %m}/{@code %msg}/{@code %message} that masks every standalone 11-digit sequence as
 * its first six digits and {@code *****}, the same form as {@link Fodselsnummer#masked()}.
 *
 * <p>A safety net, not the main defence: code should log {@link Fodselsnummer} objects (whose toString is already
 * masked), but a raw string from a register response or a form can still slip into a message. It masks any 11
 * digits, valid or not, because a mistyped number is personal data too. Registered in {@code logback-spring.xml}.
 */
public class IdentityNumberMaskingConverter extends MessageConverter {

    // 11 digits not preceded or followed by another digit, so longer numbers (ids, timestamps) are left alone.
    private static final Pattern ELEVEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{6})\\d{5}(?!\\d)");

    @Override
    public String convert(ILoggingEvent event) {
        return mask(super.convert(event));
    }

    static String mask(String message) {
        if (message == null || message.length() < 11) {
            return message;
        }
        return ELEVEN_DIGITS.matcher(message).replaceAll("$1*****");
    }
}
