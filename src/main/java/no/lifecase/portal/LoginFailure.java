package no.lifecase.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A refused or failed login goes to a page that says why, in words, never a stack trace. The session is dropped,
 * so that the next attempt starts afresh (with the test ID-porten in this application, also its login).
 */
final class LoginFailure implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(LoginFailure.class);

    private final String page;

    LoginFailure(String page) {
        this.page = page;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        log.info("ID-porten login refused or failed: {}", exception.getMessage());
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + page + "?reason=" + reasonOf(exception));
    }

    static String reasonOf(AuthenticationException exception) {
        if (exception instanceof OAuth2AuthenticationException oauth2) {
            return switch (oauth2.getError().getErrorCode()) {
                case IdportenUserService.INSUFFICIENT_LEVEL -> "level";
                case IdportenUserService.INVALID_PID -> "identity";
                case "access_denied" -> "cancelled";
                default -> "error";
            };
        }
        return "error";
    }
}
