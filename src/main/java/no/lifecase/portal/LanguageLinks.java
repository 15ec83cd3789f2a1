package no.lifecase.portal;

import jakarta.servlet.RequestDispatcher;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.lifecase.language.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links on every page to the same page in the two other languages: {@code ${@languageLinks.others(#locale)}}.
 * Each names its language in that language and is marked with its {@code lang}, so a screen reader says it right.
 */
@Component("languageLinks")
public class LanguageLinks {

    public record Link(String tag, String name, String href) {
    }

    public List<Link> others(Locale pageLocale) {
        var page = Language.of(pageLocale);
        return Arrays.stream(Language.values()).filter(language -> language != page)
                .map(language -> new Link(language.tag(), ownName(language), hrefIn(language))).toList();
    }

    /** Each language as its readers call it. */
    static String ownName(Language language) {
        return switch (language) {
            case NB -> "Bokmål";
            case NN -> "Nynorsk";
            case EN -> "English";
        };
    }

    /** This page's address with {@code lang} set; an error page links to the address that failed, not to /error. */
    private static String hrefIn(Language language) {
        var attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return "?" + PortalLanguage.PARAMETER + "=" + language.tag();
        }
        var request = attributes.getRequest();
        var failed = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        var path = failed != null ? failed : request.getRequestURI();
        var query = failed != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam(PortalLanguage.PARAMETER, language.tag())
                .build().toUriString();
    }
}
