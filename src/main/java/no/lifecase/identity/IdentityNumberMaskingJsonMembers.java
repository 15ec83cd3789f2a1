package no.lifecase.identity;

import java.util.Set;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * The structured (JSON) logs' counterpart of {@link IdentityNumberMaskingConverter}: Spring Boot's JSON formats write
 * the message, the exception and the MDC entries themselves, past the pattern converters, so text values are masked
 * here instead. Named in {@code logging.structured.json.customizer} (application.yml).
 *
 * <p>Every text, not only the message: an exception's message and stack trace, or an MDC entry, can carry a number
 * as well. Only the ids that tracing and the engine generate are left alone: a trace id is hexadecimal and may hold
 * eleven digits in a row by chance, and masked it would no longer find its trace.
 */
public class IdentityNumberMaskingJsonMembers implements StructuredLoggingJsonMembersCustomizer<Object> {

    /** MDC entries that hold generated ids, never personal data. */
    static final Set<String> GENERATED_IDS = Set.of("traceId", "spanId", "processInstanceId", "processDefinitionId");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, IdentityNumberMaskingConverter::mask)
                .whenHasPath(path -> !GENERATED_IDS.contains(path.name())));
    }
}
