package no.lifecase.apidescription;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import no.lifecase.publicaddress.PublicAddress;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.models.GroupedOpenApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of Lifecase's API at /v3/api-docs, one group per audience at /v3/api-docs/{group}, and Swagger
 * UI at /swagger-ui.html (docs/adr/0045). The controllers describe their own operations; {@link CommonAnswers} adds
 * what follows from the audience and the request: the login, its refusals, and problem details for every error.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    @Bean
    OpenAPI lifecaseApi() {
        var components = new Components();
        ApiSecurity.schemes().forEach(components::addSecuritySchemes);
        return new OpenAPI()
                .info(info("Life-event cases for the public sector: one case per life event, across the registers and "
                        + "agencies involved. Each audience has its own group of this description."))
                .components(components);
    }

    @Bean
    GlobalOpenApiCustomizer commonAnswers(PublicAddress publicAddress) {
        return new CommonAnswers(publicAddress);
    }

    @Bean
    NullableFields nullableFields() {
        return new NullableFields();
    }

    @Bean
    GroupedOpenApi citizenGroup() {
        return group(ApiAudience.CITIZEN);
    }

    @Bean
    GroupedOpenApi casesGroup() {
        return group(ApiAudience.CASES);
    }

    @Bean
    GroupedOpenApi agenciesGroup() {
        return group(ApiAudience.AGENCIES);
    }

    @Bean
    GroupedOpenApi processOwnersGroup() {
        return group(ApiAudience.PROCESS_OWNERS);
    }

    @Bean
    GroupedOpenApi lifeEventCatalogueGroup() {
        return group(ApiAudience.PUBLIC_CATALOGUE);
    }

    private static GroupedOpenApi group(ApiAudience audience) {
        return GroupedOpenApi.builder().group(audience.group()).displayName(audience.displayName())
                .pathsToMatch(audience.pathPatterns())
                .addOpenApiCustomizer(api -> api.info(info(audience.description())))
                .build();
    }

    /** A new one each time: springdoc copies the description's top level only, so a group must not change a shared one. */
    private static Info info(String description) {
        return new Info().title("Lifecase").version("v1")
                .description(description + " Every error is RFC 9457 problem details (application/problem+json).");
    }
}
