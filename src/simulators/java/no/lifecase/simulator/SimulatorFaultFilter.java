package no.lifecase.simulator;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link SimulatorFaults} before Spring Security's filters (order -100): a register that is away or
 * overloaded does not check tokens first.
 */
@Component
@Profile("simulators")
@Order(Ordered.HIGHEST_PRECEDENCE + 50)
class SimulatorFaultFilter extends OncePerRequestFilter {

    private final SimulatorFaults faults;

    SimulatorFaultFilter(SimulatorFaults faults) {
        this.faults = faults;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var applicable = faults.faultFor(path);
        if (applicable.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var register = applicable.get().register();
        var fault = applicable.get().fault();
        if (fault instanceof Fault.Slow slow) {
            pause(slow.delay());
            chain.doFilter(request, response);
        } else if (fault instanceof Fault.Answer answer) {
            answer.headers().forEach(response::setHeader);
            error(response, answer.status(), faults.errorBody(register, answer.status()));
        } else if (fault instanceof Fault.Down down) {
            pause(faults.holdFor(register, down));
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }

    private static void error(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }

    private static void pause(Duration duration) throws IOException {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while simulating a slow register", e);
        }
    }
}
