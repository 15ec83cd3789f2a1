package no.lifecase.readme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.Yaml;

/**
 * The demo users of the embedded default, as application-embedded.yml lists them: the administrator and the
 * caseworkers, whose password is their user id. The README logs in as them; profile "postgres" has none.
 */
final class DemoUsers {

    private static final String SETTINGS = "application-embedded.yml";

    /**
     * @param agency     the caseworker's agency, or null for the administrator
     * @param supervisor also in the agency's supervisors group
     */
    record DemoUser(String id, String password, boolean administrator, String agency, boolean supervisor) {
    }

    private final Map<String, DemoUser> users = new LinkedHashMap<>();

    private DemoUsers(Map<String, Object> settings) {
        var admin = map(map(map(settings, "camunda"), "bpm"), "admin-user");
        var adminId = String.valueOf(admin.get("id"));
        users.put(adminId, new DemoUser(adminId, String.valueOf(admin.get("password")), true, null, false));
        for (var caseworker : list(map(map(settings, "lifecase"), "demo"), "caseworkers")) {
            var id = String.valueOf(caseworker.get("id"));
            // DemoCaseworkers gives each one their id as password.
            users.put(id, new DemoUser(id, id, false, String.valueOf(caseworker.get("agency")),
                    Boolean.TRUE.equals(caseworker.get("supervisor"))));
        }
    }

    static DemoUsers ofTheEmbeddedDefault() {
        try (var settings = DemoUsers.class.getClassLoader().getResourceAsStream(SETTINGS)) {
            if (settings == null) {
                throw new IllegalStateException(SETTINGS + " is not on the test classpath");
            }
            Map<String, Object> loaded = new Yaml().load(settings);
            return new DemoUsers(loaded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<DemoUser> find(String id) {
        return Optional.ofNullable(users.get(id));
    }

    DemoUser administrator() {
        return users.values().stream().filter(DemoUser::administrator).findFirst().orElseThrow();
    }

    List<DemoUser> all() {
        return List.copyOf(users.values());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        var child = parent.get(key);
        if (!(child instanceof Map)) {
            throw new IllegalStateException(SETTINGS + " has no " + key + " where the demo users are expected");
        }
        return (Map<String, Object>) child;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        var child = parent.get(key);
        if (!(child instanceof List)) {
            throw new IllegalStateException(SETTINGS + " has no list " + key);
        }
        return (List<Map<String, Object>>) child;
    }
}
