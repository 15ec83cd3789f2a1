package no.lifecase.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import no.lifecase.register.RegisterEndpoint;
import no.lifecase.register.RegisterProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SimulatorFaultsTest {

    private final SimulatorFaults faults = new SimulatorFaults(new RegisterProperties(Map.of("folkeregisteret",
            new RegisterEndpoint("http://localhost:${local.server.port}/folkeregisteret/offentlig-med-hjemmel/api", null, null,
                    Duration.ofMillis(100), null))));
    private final SimulatorFaultFilter filter = new SimulatorFaultFilter(faults);

    @Test
    void without_faults_requests_pass() throws Exception {
        assertThat(call("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/1").passed()).isTrue();
    }

    @Test
    void a_server_error_carries_the_registers_error_body_and_only_hits_that_register() throws Exception {
        faults.describeErrors("folkeregisteret", status -> "{\"kode\":\"FREG-001\",\"melding\":\"Feil\"}");
        faults.inject("folkeregisteret", Fault.serverError());

        var failed = call("/folkeregisteret/offentlig-med-hjemmel/api/v1/hendelser/feed");
        assertThat(failed.response().getStatus()).isEqualTo(500);
        assertThat(failed.response().getContentAsString()).isEqualTo("{\"kode\":\"FREG-001\",\"melding\":\"Feil\"}");
        assertThat(failed.passed()).isFalse();
        assertThat(call("/enhetsregisteret/api/enheter/1").passed()).isTrue();
        assertThat(call("/sim/folkeregisteret/birth").passed()).isTrue();
    }

    @Test
    void too_many_requests_says_when_to_come_back_and_stops_after_the_given_times() throws Exception {
        faults.inject("folkeregisteret", Fault.tooManyRequests("250"), 2);

        var first = call("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/1");
        var second = call("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/1");
        var third = call("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/1");

        assertThat(first.response().getStatus()).isEqualTo(429);
        assertThat(first.response().getHeader("Retry-After")).isEqualTo("250");
        assertThat(second.response().getStatus()).isEqualTo(429);
        assertThat(third.passed()).isTrue();
    }

    @Test
    void slow_answers_come_late_but_come() throws Exception {
        faults.inject("folkeregisteret", Fault.slow(Duration.ofMillis(150)));

        long start = System.nanoTime();
        var slow = call("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/1");

        assertThat(slow.passed()).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    }

    @Test
    void down_holds_past_the_clients_read_timeout_and_then_gives_up() throws Exception {
        faults.inject("folkeregisteret", Fault.down());

        var down = call("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/1");

        assertThat(down.passed()).isFalse();
        assertThat(down.response().getStatus()).isEqualTo(503);
        assertThat(faults.holdFor("folkeregisteret", new Fault.Down(null))).isEqualTo(Duration.ofMillis(1100));
    }

    @Test
    void clear_restores_every_register() throws Exception {
        faults.inject("folkeregisteret", Fault.status(503));
        faults.servesAt("maskinporten", "/maskinporten");
        faults.inject("maskinporten", Fault.serverError());

        faults.clear();

        assertThat(call("/folkeregisteret/offentlig-med-hjemmel/api/v1/personer/1").passed()).isTrue();
        assertThat(call("/maskinporten/token").passed()).isTrue();
    }

    private Call call(String path) throws Exception {
        var request = new MockHttpServletRequest("GET", path);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return new Call(response, chain.getRequest() != null);
    }

    private record Call(MockHttpServletResponse response, boolean passed) {
    }
}
