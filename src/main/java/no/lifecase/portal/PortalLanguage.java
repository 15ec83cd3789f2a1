package no.lifecase.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import no.lifecase.language.Language;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The pages speak Norwegian bokmål unless the reader picks English with {@code ?lang=en} (the link on every page);
 * the choice is kept in a cookie. Only these two: any other {@code lang} gives bokmål.
 */
@Configuration(proxyBeanMethods = false)
class PortalLanguage implements WebMvcConfigurer {

    static final Locale BOKMAL = Locale.forLanguageTag("nb");
    static final Locale ENGLISH = Locale.ENGLISH;

    @Bean
    LocaleResolver localeResolver() {
        return new BokmalOrEnglish();
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    static Locale supported(Locale locale) {
        // Nynorsk too, for the citizen forms' texts (docs/adr/0052); the pages' own texts fall back to bokmål until
        // they have nynorsk of their own.
        return Language.of(locale).locale();
    }

    private static final class BokmalOrEnglish extends CookieLocaleResolver {

        BokmalOrEnglish() {
            super("lifecase-lang");
            setDefaultLocale(BOKMAL);
            setCookieMaxAge(Duration.ofDays(365));
            setCookieSameSite("Lax");
            setCookieHttpOnly(true);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return supported(super.resolveLocale(request));
        }

        @Override
        public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
            super.setLocale(request, response, supported(locale));
        }
    }
}
