package no.lifecase.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.lifecase.language.LanguagePreferences;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * After login the pages speak the language the citizen chose before, on any device: a stored choice wins over this
 * browser's cookie and languages. A citizen who never chose but picked a language on this device before logging in has
 * that choice stored, so their letters go out in it too (docs/adr/0053-the-portals-languages-names-and-reflow.md).
 */
class LanguageAtLogin extends SavedRequestAwareAuthenticationSuccessHandler {

    private final LanguagePreferences preferences;
    private final LocaleResolver pageLanguage;

    LanguageAtLogin(LanguagePreferences preferences, LocaleResolver pageLanguage, String home) {
        this.preferences = preferences;
        this.pageLanguage = pageLanguage;
        setDefaultTargetUrl(home);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        if (authentication.getPrincipal() instanceof CitizenUser citizen) {
            var stored = preferences.chosen(citizen.getName());
            if (stored.isPresent()) {
                pageLanguage.setLocale(request, response, stored.get().locale());
            } else {
                PortalLanguage.cookieChoice(request).ifPresent(language -> preferences.choose(citizen.getName(), language));
            }
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
