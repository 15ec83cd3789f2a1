package no.lifecase.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import no.lifecase.testsupport.ShippedLogging;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * Profile "postgres" logs JSON lines (docs/adr/0048-operators-see-lifecase.md), which Spring Boot writes past the
 * pattern converters: the shipped configuration must mask identity numbers there too, in the message, the exception and
 * the MDC, and carry the case reference and the trace id.
 */
class IdentityNumberMaskingJsonMembersTest {

    private static final Map<String, String> TRACED_CASE = Map.of("caseReference", "LE-2026-000123",
            "traceId", "68a1c2e4f0b3d5a7c9e1f3a5b7d9e1f3");

    private final ShippedLogging logging = ShippedLogging.withProfiles("postgres");

    @AfterEach
    void stop() {
        logging.stop();
    }

    @Test
    void profile_postgres_writes_one_ecs_json_object_per_line() throws Exception {
        var line = line(event("Opened case {} ({})", null, TRACED_CASE, "LE-2026-000123", "having-a-child"));

        assertThat(logging.consoleEncoder()).isInstanceOf(StructuredLogEncoder.class);
        assertThat(line).endsWith("\n").doesNotContain("\n{");
        var json = json(line);
        assertThat(json.path("message").asText()).isEqualTo("Opened case LE-2026-000123 (having-a-child)");
        assertThat(json.path("log").path("level").asText()).isEqualTo("INFO");
        assertThat(json.path("ecs").path("version").isMissingNode()).isFalse();
        assertThat(json.path("caseReference").asText()).isEqualTo("LE-2026-000123");
        assertThat(json.path("traceId").asText()).isEqualTo("68a1c2e4f0b3d5a7c9e1f3a5b7d9e1f3");
    }

    @Test
    void identity_numbers_are_masked_in_the_message_the_exception_and_the_mdc() throws Exception {
        var failure = new IllegalStateException("Folkeregisteret does not know 20036914700");
        var event = event("Looking up {} for {}", failure, Map.of("caseReference", "LE-2026-000123", "subject", "12345678901"),
                "20036914700", "29020073150");

        var line = line(event);

        assertThat(line).doesNotContain("20036914700", "29020073150", "12345678901");
        var json = json(line);
        assertThat(json.path("message").asText()).isEqualTo("Looking up 200369***** for 290200*****");
        assertThat(json.path("error").path("message").asText()).isEqualTo("Folkeregisteret does not know 200369*****");
        assertThat(json.path("error").path("stack_trace").asText()).contains("does not know 200369*****");
        assertThat(json.path("subject").asText()).isEqualTo("123456*****");
        assertThat(json.path("caseReference").asText()).as("a case reference is not an identity number").isEqualTo("LE-2026-000123");
    }

    @Test
    void generated_ids_are_left_whole_even_where_they_hold_eleven_digits_in_a_row() throws Exception {
        var trace = "6b15c263e2003bb44396a18099912345";
        var event = event("Polled", null, Map.of("traceId", trace, "spanId", "4396a18099912345",
                "processInstanceId", "a1b2c3d4-0000-1111-2222-a12345678901"));

        var json = json(line(event));

        assertThat(json.path("traceId").asText()).isEqualTo(trace);
        assertThat(json.path("spanId").asText()).isEqualTo("4396a18099912345");
        assertThat(json.path("processInstanceId").asText()).isEqualTo("a1b2c3d4-0000-1111-2222-a12345678901");
    }

    private LoggingEvent event(String message, Throwable failure, Map<String, String> mdc, Object... arguments) {
        var logger = logging.logger("no.lifecase.test");
        var event = new LoggingEvent(ch.qos.logback.classic.Logger.class.getName(), logger, Level.INFO, message, failure, arguments);
        event.setMDCPropertyMap(mdc);
        return event;
    }

    private String line(LoggingEvent event) {
        return new String(logging.consoleEncoder().encode(event), StandardCharsets.UTF_8);
    }

    private static JsonNode json(String line) throws Exception {
        return new ObjectMapper().readTree(line);
    }
}
