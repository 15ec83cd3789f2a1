package no.lifecase.testsupport;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Lifecase's OpenAPI description as a contract the integration tests hold every answer of {@code /api/**} to
 * (docs/adr/0045): the answer's status must be one its operation lists, its headers and content type the ones listed,
 * its body valid against the schema. The description is read from the running application, one group at a time, and
 * checked by Atlassian's validator, which shares no code with springdoc, the description's writer. An error answer of
 * a path or method the description does not have (404, 405) must still be problem details; any other answer there is
 * an operation the description is missing.
 *
 * <p>The tests' HTTP clients call it for every exchange: {@link ApiContractConfiguration} for TestRestTemplate, and
 * each client of its own (the portal's cookie browser, the hostile requests) directly.
 */
public final class ApiContract {

    private static final Map<String, ApiContract> BY_ORIGIN = new ConcurrentHashMap<>();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the test sent and what Lifecase answered; header names in any case. */
    public record Exchange(String method, URI uri, Map<String, List<String>> requestHeaders, byte[] requestBody, int status,
                           Map<String, List<String>> responseHeaders, byte[] responseBody) {
    }

    private final List<Group> groups;

    private record Group(String name, OpenApiInteractionValidator validator) {
    }

    private ApiContract(List<Group> groups) {
        this.groups = groups;
    }

    /** Whether the request goes to one of Lifecase's own APIs, whose answers the contract covers. */
    public static boolean covers(URI uri) {
        var path = uri.getRawPath();
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /**
     * Fails the test if the answer breaks the description of the application at the request's address.
     *
     * @throws AssertionError naming every difference
     */
    public static void check(Exchange exchange) {
        if (!covers(exchange.uri())) {
            return;
        }
        var origin = exchange.uri().getScheme() + "://" + exchange.uri().getRawAuthority();
        BY_ORIGIN.computeIfAbsent(origin, ApiContract::readFrom).holdTo(exchange);
    }

    private void holdTo(Exchange exchange) {
        var request = request(exchange);
        var response = response(exchange);
        for (var group : groups) {
            var messages = group.validator().validate(request, response).getMessages();
            if (messages.stream().anyMatch(ApiContract::isUnknownOperation)) {
                continue;
            }
            var broken = messages.stream().filter(message -> counts(message, exchange.status())).toList();
            if (!broken.isEmpty()) {
                throw new AssertionError(describe(exchange) + " breaks the OpenAPI description (group " + group.name() + "):\n"
                        + broken.stream().map(ApiContract::describe).collect(Collectors.joining("\n")));
            }
            return;
        }
        holdUndocumentedTo(exchange);
    }

    /** No group has the operation: only a refusal may come from there, as problem details like every error of the API. */
    private static void holdUndocumentedTo(Exchange exchange) {
        if (exchange.status() < 400) {
            throw new AssertionError(describe(exchange) + ": the OpenAPI description has no such operation");
        }
        var contentType = header(exchange.responseHeaders(), "Content-Type");
        if (contentType == null || !contentType.startsWith("application/problem+json")) {
            throw new AssertionError(describe(exchange) + " is not problem details but " + contentType);
        }
    }

    private static boolean isUnknownOperation(ValidationReport.Message message) {
        return message.getKey().equals("validation.request.path.missing")
                || message.getKey().equals("validation.request.operation.notAllowed");
    }

    /**
     * Every difference in the answer counts. A difference in the request counts only where Lifecase accepted it: then the
     * description refuses what the API takes. A refused request is the test's choice (a hostile one, a missing login).
     * The login itself is not the validator's to see (the portal's session cookie is the HTTP client's own).
     */
    private static boolean counts(ValidationReport.Message message, int status) {
        if (message.getLevel() != ValidationReport.Level.ERROR) {
            return false;
        }
        if (message.getKey().startsWith("validation.request.security")) {
            return false;
        }
        return !message.getKey().startsWith("validation.request") || status < 400;
    }

    private static Request request(Exchange exchange) {
        var builder = new SimpleRequest.Builder(exchange.method(), exchange.uri().getRawPath());
        exchange.requestHeaders().forEach(builder::withHeader);
        queryParameters(exchange.uri()).forEach(builder::withQueryParam);
        if (exchange.requestBody() != null && exchange.requestBody().length > 0) {
            builder.withBody(exchange.requestBody());
        }
        return builder.build();
    }

    private static SimpleResponse response(Exchange exchange) {
        var builder = new SimpleResponse.Builder(exchange.status());
        exchange.responseHeaders().forEach(builder::withHeader);
        if (exchange.responseBody() != null && exchange.responseBody().length > 0) {
            builder.withBody(exchange.responseBody());
        }
        return builder.build();
    }

    private static Map<String, List<String>> queryParameters(URI uri) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (uri.getRawQuery() == null) {
            return parameters;
        }
        for (var pair : uri.getRawQuery().split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            var name = decode(equals < 0 ? pair : pair.substring(0, equals));
            var value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            parameters.computeIfAbsent(name, any -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String header(Map<String, List<String>> headers, String name) {
        return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                .flatMap(header -> header.getValue().stream()).findFirst().orElse(null);
    }

    private static String describe(Exchange exchange) {
        var body = exchange.responseBody() == null ? "" : new String(exchange.responseBody(), StandardCharsets.UTF_8);
        return exchange.method() + " " + exchange.uri().getRawPath() + " answered " + exchange.status()
                + (body.isEmpty() ? "" : " " + (body.length() > 500 ? body.substring(0, 500) + "…" : body));
    }

    private static String describe(ValidationReport.Message message) {
        return "  - " + message.getKey() + ": " + message.getMessage()
                + message.getContext().flatMap(ValidationReport.MessageContext::getPointers)
                .map(pointers -> " (at " + pointers.getInstance() + ")").orElse("");
    }

    /** Every group of the description, as the application lists them for Swagger UI. */
    private static ApiContract readFrom(String origin) {
        var client = HttpClient.newHttpClient();
        try {
            var config = JSON.readTree(get(client, origin + "/v3/api-docs/swagger-config"));
            var groups = new ArrayList<Group>();
            for (var url : config.path("urls")) {
                var name = url.path("name").asText();
                var description = get(client, origin + url.path("url").asText());
                groups.add(new Group(name, OpenApiInteractionValidator.createForInlineApiSpecification(description).build()));
            }
            if (groups.isEmpty()) {
                throw new AssertionError("The application at " + origin + " lists no group of its OpenAPI description");
            }
            return new ApiContract(List.copyOf(groups));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the OpenAPI description at " + origin, e);
        }
    }

    private static String get(HttpClient client, String url) throws IOException {
        try {
            var response = client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + url + " answered " + response.statusCode());
            }
            return response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
