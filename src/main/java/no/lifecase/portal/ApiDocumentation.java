package no.lifecase.portal;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at /v3/api-docs (one group per audience) and Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String CITIZEN_SESSION = "citizenSession";
    static final String STAFF_BASIC = "staffBasic";

    @Bean
    OpenAPI lifecaseApi() {
        return new OpenAPI()
                .info(new Info().title("Lifecase").version("v1")
                        .description("Life-event cases: the citizen's view (log in with ID-porten at /min-side first) "
                                + "and the case API for staff and agency systems. Errors are RFC 9457 problem details."))
                .components(new Components()
                        .addSecuritySchemes(CITIZEN_SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("JSESSIONID")
                                .description("The portal session after logging in with ID-porten at /min-side; "
                                        + "unsafe methods also need the session's CSRF token in the X-CSRF-TOKEN header or the _csrf parameter"))
                        .addSecuritySchemes(STAFF_BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("A staff user of the engine")));
    }

    @Bean
    GroupedOpenApi citizenApiGroup() {
        return GroupedOpenApi.builder().group("citizen").displayName("Citizen").pathsToMatch(PortalSecurity.API + "/**").build();
    }

    @Bean
    GroupedOpenApi caseApiGroup() {
        return GroupedOpenApi.builder().group("cases").displayName("Cases (staff and agencies)").pathsToMatch("/api/cases/**")
                .addOpenApiCustomizer(api -> api.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                        operation.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList(STAFF_BASIC)))))
                .build();
    }
}
