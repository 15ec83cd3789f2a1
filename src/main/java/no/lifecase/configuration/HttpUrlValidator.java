package no.lifecase.configuration;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/** Checks {@link HttpUrl}: what is written around a placeholder must make an http(s) URL with a host. */
public class HttpUrlValidator implements ConstraintValidator<HttpUrl, String> {

    /** An innermost placeholder, {@code ${name}} or {@code ${name:default}}. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{[^{}]*}");

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        return value == null || value.isBlank() || mayResolveToHttpUrl(value);
    }

    /**
     * Whether the value can be an absolute http(s) URL with a host once its placeholders are resolved. A value that
     * begins with a placeholder takes scheme and host from it, so only its resolution can tell; any other placeholder
     * stands for a port or a path segment, and a digit stands in for it here.
     */
    static boolean mayResolveToHttpUrl(String value) {
        var url = value.strip();
        if (url.startsWith("${")) {
            return true;
        }
        String previous;
        do {
            previous = url;
            url = PLACEHOLDER.matcher(url).replaceAll("0");
        } while (!url.equals(previous));
        return isHttpUrl(url);
    }

    /** Whether the value, placeholders resolved, is an absolute http(s) URL with a host and no user in it. */
    public static boolean isHttpUrl(String value) {
        try {
            var uri = new URI(value.strip());
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null && uri.getRawUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
