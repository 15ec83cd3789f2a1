package no.lifecase.caseworker;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;

/** A signed-in staff user as the worklist sees them: their user id and their Camunda groups. */
record Caseworker(String userId, Set<String> groups) {

    static Caseworker of(Authentication authentication) {
        return new Caseworker(authentication.getName(), new LinkedHashSet<>(SpringSecurityPrincipal.groupsOf(authentication)));
    }

    boolean isAdmin() {
        return groups.contains(Groups.CAMUNDA_ADMIN);
    }

    boolean worksFor(Agency agency) {
        return groups.contains(agency.id());
    }

    boolean supervises(Agency agency) {
        return groups.contains(agency.supervisorsGroupId());
    }

    /** May open the agency's worklist: its caseworkers, its supervisors and administrators. */
    boolean mayWorkFor(Agency agency) {
        return worksFor(agency) || supervises(agency) || isAdmin();
    }

    /** The agency of a request's path, if this user may open its worklist: "not found" for no such agency, refused for another's. */
    Agency workingFor(AgencyCatalogue agencies, String id) {
        var agency = agencies.find(id).orElseThrow(() -> new WorklistProblem.NotFound("No agency '" + id + "'", "noAgency", id));
        if (!mayWorkFor(agency)) {
            throw new WorklistProblem.Forbidden("You do not work for " + agency.shortName(), "notYourAgency", agency.shortName());
        }
        return agency;
    }

    /** May read the agency's audit trail, with the caseworkers' user ids. */
    boolean mayAudit(Agency agency) {
        return supervises(agency) || isAdmin();
    }

    /**
     * The groups the engine checks when this user acts on the agency's tasks. A supervisor acts for the
     * agency, so the agency's group counts for them even when they are not a member of it.
     */
    List<String> engineGroupsFor(Agency agency) {
        var engineGroups = new LinkedHashSet<>(groups);
        if (supervises(agency)) {
            engineGroups.add(agency.id());
        }
        return List.copyOf(engineGroups);
    }
}
