package no.lifecase.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.lifecase.language.Language;
import no.lifecase.language.LanguagePreferences;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The pages speak bokmål, nynorsk or English (docs/adr/0053-the-portals-languages-names-and-reflow.md): the reader
 * picks one with {@code ?lang=nb|nn|en} (the links on every page), and the choice is kept in a cookie and, for a
 * logged-in citizen, in {@link LanguagePreferences}, so that it follows them to another device and their letters go out
 * in it. Without a choice the browser's languages decide, and bokmål where it names none of the three.
 */
@Configuration(proxyBeanMethods = false)
class PortalLanguage implements WebMvcConfigurer {

    static final String PARAMETER = "lang";
    static final String COOKIE = "lifecase-lang";

    private static final List<String> UNDERSTOOD = List.of("nb", "nn", "no", "en");

    private final LanguagePreferences preferences;

    PortalLanguage(LanguagePreferences preferences) {
        this.preferences = preferences;
    }

    @Bean
    LocaleResolver localeResolver() {
        return new ChosenOrBrowsersLanguage();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageChoice(preferences));
    }

    /** The language a {@code lang} value names; none for a value that is not one of the three. */
    static Optional<Language> named(String value) {
        if (value == null) {
            return Optional.empty();
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "nb" -> Optional.of(Language.NB);
            case "nn" -> Optional.of(Language.NN);
            case "en" -> Optional.of(Language.EN);
            default -> Optional.empty();
        };
    }

    /** Whether the request carries the cookie of a choice made on this device. */
    static Optional<Language> cookieChoice(HttpServletRequest request) {
        var cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        for (var cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return named(cookie.getValue());
            }
        }
        return Optional.empty();
    }

    /**
     * {@code ?lang=} on any page: the page comes in that language, the cookie keeps it, and a logged-in citizen's choice
     * is stored. A value that names none of the three changes nothing.
     */
    private static final class LanguageChoice implements HandlerInterceptor {

        private final LanguagePreferences preferences;

        LanguageChoice(LanguagePreferences preferences) {
            this.preferences = preferences;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            named(request.getParameter(PARAMETER)).ifPresent(language -> {
                var resolver = RequestContextUtils.getLocaleResolver(request);
                if (resolver != null) {
                    resolver.setLocale(request, response, language.locale());
                }
                citizen().ifPresent(citizen -> preferences.choose(citizen.getName(), language));
            });
            return true;
        }

        private static Optional<CitizenUser> citizen() {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            return authentication != null && authentication.getPrincipal() instanceof CitizenUser citizen
                    ? Optional.of(citizen) : Optional.empty();
        }
    }

    private static final class ChosenOrBrowsersLanguage extends CookieLocaleResolver {

        ChosenOrBrowsersLanguage() {
            super(COOKIE);
            setDefaultLocaleFunction(ChosenOrBrowsersLanguage::browsers);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setCookieHttpOnly(true);
        }

        /** The first of the three the browser asks for; bokmål when it asks for none (a plain "no" is bokmål). */
        private static Locale browsers(HttpServletRequest request) {
            var header = request.getHeader("Accept-Language");
            if (header == null || header.isBlank()) {
                return Language.NB.locale();
            }
            try {
                var tag = Locale.lookupTag(Locale.LanguageRange.parse(header), UNDERSTOOD);
                return Language.ofTag(tag).locale();
            } catch (IllegalArgumentException unreadable) {
                return Language.NB.locale();
            }
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return Language.of(super.resolveLocale(request)).locale();
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, locale == null ? null : Language.of(locale).locale());
        }
    }
}
