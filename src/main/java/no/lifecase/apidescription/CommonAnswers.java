package no.lifecase.apidescription;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.lifecase.publicaddress.PublicAddress;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;

/**
 * What every operation of an audience answers besides what its controller describes: the audience's login and the
 * refusals of its filter chain (401, 403), the refusals of a body the operation cannot read (400, 415), and problem
 * details as the content of every error. The description names the public address as its server, never the address a
 * request came in by (ADR 0036).
 */
class CommonAnswers implements GlobalOpenApiCustomizer {

    private final PublicAddress publicAddress;

    CommonAnswers(PublicAddress publicAddress) {
        this.publicAddress = publicAddress;
    }

    @Override
    public void customise(OpenAPI api) {
        api.servers(List.of(new Server().url(publicAddress.origin()).description("Lifecase")));
        if (api.getPaths() == null) {
            return;
        }
        api.getPaths().forEach((path, item) -> ApiAudience.of(path).ifPresent(audience ->
                item.readOperationsMap().forEach((method, operation) -> describe(audience, method, operation))));
        // A group's own copy of the components: springdoc may share them between groups, and Problem is ours to add
        api.components(UnusedComponents.copyOf(api.getComponents()).addSchemas(Problem.NAME, Problem.schema()));
        UnusedComponents.remove(api);
    }

    private static void describe(ApiAudience audience, PathItem.HttpMethod method, Operation operation) {
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        audience.securityScheme().ifPresentOrElse(scheme -> {
            operation.setSecurity(List.of(new SecurityRequirement().addList(scheme)));
            addIfMissing(responses, "401", scheme.equals(ApiSecurity.CITIZEN_SESSION)
                    ? "Not logged in: log in with ID-porten at /min-side first"
                    : "No staff login, or a wrong user name or password");
            if (scheme.equals(ApiSecurity.STAFF_BASIC)) {
                addIfMissing(responses, "403", "The staff user may not use this operation");
            } else if (method != PathItem.HttpMethod.GET) {
                addIfMissing(responses, "403", "The session's CSRF token is missing or wrong");
            }
        }, () -> operation.setSecurity(new ArrayList<>()));
        // Spring answers 406 to an Accept header that names nothing the operation answers with (docs/adr/0049).
        addIfMissing(responses, "406", "The Accept header names no media type this operation answers with");
        if (operation.getRequestBody() != null) {
            addIfMissing(responses, "400", "The body is not of the shape described; `field` names the first field that is wrong");
            addIfMissing(responses, "415", "The body is not " + String.join(" or ", operation.getRequestBody().getContent().keySet()));
        }
        responses.forEach((status, response) -> {
            if (status.startsWith("4") || status.startsWith("5")) {
                response.setContent(Problem.content());
            }
        });
        operation.setResponses(sorted(responses));
    }

    private static void addIfMissing(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description));
        }
    }

    /** In order of status, so that a reader finds the success first. */
    private static ApiResponses sorted(ApiResponses responses) {
        var sorted = new ApiResponses();
        new TreeMap<String, ApiResponse>(Map.copyOf(responses)).forEach(sorted::addApiResponse);
        return sorted;
    }
}
