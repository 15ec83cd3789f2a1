package no.lifecase.apidescription;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Who Lifecase's API is for, one group of the OpenAPI description each (docs/adr/0045): the paths each audience uses and
 * how it logs in. The filter chains that guard the same paths are the security rooms' own (ADR 0040); ApiDescriptionIT
 * holds the two together by calling every operation without a login.
 */
enum ApiAudience {

    CITIZEN("citizen", "Citizens", "The logged-in citizen's life-event cases and the life events they start themselves. "
            + "Log in with ID-porten at /min-side first; the API uses the portal's session.",
            ApiSecurity.CITIZEN_SESSION, "/api/citizen"),
    CASES("cases", "Staff: cases", "Opening a case of a life event that a register announces, and reading a case with its "
            + "timeline, data use and plan. For administrators.",
            ApiSecurity.STAFF_BASIC, "/api/cases"),
    AGENCIES("agencies", "Agencies' worklists", "An agency's open tasks, claimed, completed and put back by its "
            + "caseworkers and their systems; its service-level figures and, for its supervisors, its audit trail.",
            ApiSecurity.STAFF_BASIC, "/api/agency"),
    PROCESS_OWNERS("process-owners", "Process owners", "Validating and deploying models and forms, migrating running cases "
            + "to a new version, the figures per life event, and the reference data that changes by date. For process owners and administrators.",
            ApiSecurity.STAFF_BASIC, "/api/models", "/api/kpis", "/api/reference-data"),
    PUBLIC_CATALOGUE("life-events", "Life-event catalogue (public)", "The seven life events: what each is, who owns it, "
            + "what starts it and which public bodies take part. Open to anyone, read only.",
            null, "/api/life-events");

    private final String group;
    private final String displayName;
    private final String description;
    private final String securityScheme;
    private final List<String> prefixes;

    ApiAudience(String group, String displayName, String description, String securityScheme, String... prefixes) {
        this.group = group;
        this.displayName = displayName;
        this.description = description;
        this.securityScheme = securityScheme;
        this.prefixes = List.of(prefixes);
    }

    String group() {
        return group;
    }

    String displayName() {
        return displayName;
    }

    String description() {
        return description;
    }

    /** The security scheme every operation of the audience needs, or empty for the public catalogue. */
    Optional<String> securityScheme() {
        return Optional.ofNullable(securityScheme);
    }

    /** The path patterns springdoc selects the group's operations by. */
    String[] pathPatterns() {
        return prefixes.stream().flatMap(prefix -> List.of(prefix, prefix + "/**").stream()).toArray(String[]::new);
    }

    boolean owns(String path) {
        return prefixes.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }

    static Optional<ApiAudience> of(String path) {
        return Arrays.stream(values()).filter(audience -> audience.owns(path)).findFirst();
    }
}
