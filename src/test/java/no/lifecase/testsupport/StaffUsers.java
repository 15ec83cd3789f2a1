package no.lifecase.testsupport;

import org.camunda.bpm.engine.IdentityService;

/** Staff users the integration tests create for themselves: profile "postgres" has no demo users. */
public final class StaffUsers {

    public static final String NAV = "itnav1";
    public static final String NAV_SUPERVISOR = "itnavleder";
    public static final String OSLO = "itoslo1";
    public static final String NOBODY = "itnobody";

    private StaffUsers() {
    }

    public static String passwordOf(String userId) {
        return userId + "-password";
    }

    /** The caseworkers and a supervisor of Nav, one of Oslo kommune, and a staff user of no agency. */
    public static void ensure(IdentityService identity) {
        user(identity, NAV, "nav");
        user(identity, NAV_SUPERVISOR, "nav", "nav-supervisors");
        user(identity, OSLO, "kommune-0301");
        user(identity, NOBODY);
    }

    /** A staff user with the password {@link #passwordOf} and these groups, created once. */
    public static void user(IdentityService identity, String id, String... groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setFirstName("Test");
            user.setLastName(id);
            user.setPassword(passwordOf(id));
            identity.saveUser(user);
        }
        for (var group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }
}
