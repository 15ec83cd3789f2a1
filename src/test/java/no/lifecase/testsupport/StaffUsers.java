package no.lifecase.testsupport;

import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;

/**
 * The staff users of one integration test class: profile "postgres" has no demo users, so each class creates its own.
 * Their ids start with the class's name, so no other class signs in as them: the engine delays a user's next sign-in
 * after a wrong password, and one class's mistake must not hold up another's caseworker (ADR 0039).
 */
public final class StaffUsers {

    private final String prefix;

    private StaffUsers(String prefix) {
        this.prefix = prefix;
    }

    /** The users of this test class, e.g. {@code it-agencyworklist-nav} for AgencyWorklistIT. */
    public static StaffUsers of(Class<?> testClass) {
        return new StaffUsers("it-" + testClass.getSimpleName().replaceFirst("IT$", "").toLowerCase(Locale.ROOT));
    }

    /** This class's user in the role (letters and digits only). */
    public String id(String role) {
        return prefix + "-" + role;
    }

    /** A caseworker of Nav. */
    public String nav() {
        return id("nav");
    }

    /** A supervisor of Nav, also one of its caseworkers. */
    public String navSupervisor() {
        return id("navsupervisor");
    }

    /** A caseworker of Oslo kommune. */
    public String oslo() {
        return id("oslo");
    }

    /** A staff user of no agency. */
    public String nobody() {
        return id("nobody");
    }

    /** The caseworkers and a supervisor of Nav, one of Oslo kommune, and a staff user of no agency. */
    public void ensure(IdentityService identity) {
        user(identity, nav(), "nav");
        user(identity, navSupervisor(), "nav", "nav-supervisors");
        user(identity, oslo(), "kommune-0301");
        user(identity, nobody());
    }

    public static String passwordOf(String userId) {
        return userId + "-password";
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
