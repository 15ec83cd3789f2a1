package no.lifecase.apidescription;

import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import java.util.List;

/**
 * RFC 9457 problem details as Lifecase answers them: Spring's {@code ProblemDetail} written by the controllers, and the
 * same members from the security chains and the error controller. Extension members (such as {@code field}) sit beside
 * the standard ones, as the RFC has them, not in a nested object.
 */
final class Problem {

    static final String NAME = "Problem";
    static final String MEDIA_TYPE = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

    private Problem() {
    }

    static Schema<?> schema() {
        return new ObjectSchema()
                .description("RFC 9457 problem details. Extension members beside the standard ones say more where the "
                        + "operation's answer names them, e.g. `field` for the request field that is wrong.")
                .addProperty("type", new StringSchema().format("uri").example("about:blank")
                        .description("What kind of problem; about:blank when the status says it all"))
                .addProperty("title", new StringSchema().example("Invalid subject").description("A short summary of the kind of problem"))
                .addProperty("status", new IntegerSchema().example(400).description("The HTTP status"))
                .addProperty("detail", new StringSchema().example("subject must be a fødselsnummer or D-number with valid check digits")
                        .description("What went wrong with this request and what the caller can do"))
                .addProperty("instance", new StringSchema().format("uri-reference").example("/api/cases")
                        .description("The path the problem occurred at"))
                .addProperty("field", new StringSchema().example("subject").description("The request field that is wrong, where one is"))
                .required(List.of("type", "title", "status"))
                .additionalProperties(true);
    }

    /** The content of every error answer. */
    static Content content() {
        return new Content().addMediaType(MEDIA_TYPE, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + NAME)));
    }
}
