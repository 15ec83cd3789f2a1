package no.lifecase.caseworker;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * The engine refuses a membership of a user, group or tenant that does not exist with an exception its REST API
 * answers 500, in {@code /engine-rest} and in the webapps' copy of it (Admin). This filter answers such a request
 * 404 first, in the REST API's own error form ({@code type}, {@code message}), and leaves every other request alone.
 * It checks only for a caller the engine would let create the membership: anyone else gets the engine's own 403 and
 * learns nothing about which users exist (ADR 0036).
 */
class EngineMembershipCheck extends OncePerRequestFilter {

    /** {@code PUT …/group/{id}/members/{userId}}, {@code …/tenant/{id}/user-members/{userId}} and {@code …/group-members/{groupId}}. */
    private static final Pattern MEMBERSHIP = Pattern.compile(
            "^/(?:engine-rest(?:/engine/[^/]+)?|camunda/api/engine/engine/[^/]+)/(group|tenant)/([^/]+)/(members|user-members|group-members)/([^/]+)/?$");

    private final ProcessEngine engine;
    private final ObjectMapper json;

    EngineMembershipCheck(ProcessEngine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    /** One membership: who joins what, and the authorization resource the engine checks for it. */
    private record Membership(Kind member, String memberId, Kind owner, String ownerId, Resource resource) {
    }

    private enum Kind {
        USER, GROUP, TENANT
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var membership = HttpMethod.PUT.matches(request.getMethod()) ? membershipIn(request) : null;
        if (membership != null && mayCreate(membership) && !engine.getIdentityService().isReadOnly()) {
            var missing = missingParty(membership);
            if (missing != null) {
                notFound(response, missing);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static Membership membershipIn(HttpServletRequest request) {
        var matcher = MEMBERSHIP.matcher(request.getRequestURI().substring(request.getContextPath().length()));
        if (!matcher.matches()) {
            return null;
        }
        var owner = decode(matcher.group(2));
        var member = decode(matcher.group(4));
        return switch (matcher.group(1) + "/" + matcher.group(3)) {
            case "group/members" -> new Membership(Kind.USER, member, Kind.GROUP, owner, Resources.GROUP_MEMBERSHIP);
            case "tenant/user-members" -> new Membership(Kind.USER, member, Kind.TENANT, owner, Resources.TENANT_MEMBERSHIP);
            case "tenant/group-members" -> new Membership(Kind.GROUP, member, Kind.TENANT, owner, Resources.TENANT_MEMBERSHIP);
            default -> null;
        };
    }

    /** The engine's own check comes first (CREATE on the membership resource), as it does in the engine. */
    private boolean mayCreate(Membership membership) {
        if (!engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            return true;
        }
        var caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return false;
        }
        AuthorizationService authorizations = engine.getAuthorizationService();
        return authorizations.isUserAuthorized(caller.getName(), SpringSecurityPrincipal.groupsOf(caller), Permissions.CREATE,
                membership.resource(), membership.ownerId());
    }

    /** The first party that does not exist, looked up as the engine sees it, not filtered by the caller's READ rights. */
    private String missingParty(Membership membership) {
        IdentityService identity = engine.getIdentityService();
        var caller = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            if (!exists(identity, membership.owner(), membership.ownerId())) {
                return name(membership.owner()) + " with id '" + membership.ownerId() + "'";
            }
            if (!exists(identity, membership.member(), membership.memberId())) {
                return name(membership.member()) + " with id '" + membership.memberId() + "'";
            }
            return null;
        } finally {
            if (caller != null) {
                identity.setAuthentication(caller);
            }
        }
    }

    private static boolean exists(IdentityService identity, Kind kind, String id) {
        return switch (kind) {
            case USER -> identity.createUserQuery().userId(id).count() > 0;
            case GROUP -> identity.createGroupQuery().groupId(id).count() > 0;
            case TENANT -> identity.createTenantQuery().tenantId(id).count() > 0;
        };
    }

    private void notFound(HttpServletResponse response, String missing) throws IOException {
        var error = new LinkedHashMap<String, Object>();
        error.put("type", "InvalidRequestException");
        error.put("message", "There is no " + missing + "; create it before adding the membership.");
        error.put("code", null);
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), error);
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private static String decode(String segment) {
        return UriUtils.decode(segment, StandardCharsets.UTF_8);
    }

    static List<String> urlPatterns() {
        return List.of("/engine-rest/*", "/camunda/api/engine/*");
    }
}
