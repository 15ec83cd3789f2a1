package no.lifecase.casefile;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose path names a case ({@code /api/cases/LE-2026-000123/plan}, the portal's case page) logs every line,
 * Spring Security's included, with that case reference ({@link CaseLogContext}). Right after the filter that starts
 * the request's trace, so both are on every line of the request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CaseReferenceLogFilter extends OncePerRequestFilter {

    private static final Pattern REFERENCE_IN_PATH = Pattern.compile("(?<![\\w-])LE-\\d{4}-\\d{6,}(?![\\w-])");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var found = REFERENCE_IN_PATH.matcher(request.getRequestURI());
        if (!found.find()) {
            chain.doFilter(request, response);
            return;
        }
        try (var ignored = CaseLogContext.of(CaseReference.of(found.group()))) {
            chain.doFilter(request, response);
        }
    }
}
