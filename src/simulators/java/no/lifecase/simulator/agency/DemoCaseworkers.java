package no.lifecase.simulator.agency;

import static no.lifecase.agency.AgencyGroups.createTolerantly;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyGroups;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The simulated agencies' staff: demo caseworkers and supervisors for the embedded default only (never profile
 * "postgres", never in the production jar): each listed user gets their id as password and joins their agency's
 * group; a supervisor also joins its supervisors group. Listed in application-embedded.yml and the README.
 */
@Component
@Profile("embedded")
@EnableConfigurationProperties(DemoCaseworkers.Properties.class)
class DemoCaseworkers {

    @ConfigurationProperties("lifecase.demo")
    record Properties(List<DemoCaseworker> caseworkers) {
        Properties {
            caseworkers = caseworkers == null ? List.of() : List.copyOf(caseworkers);
        }
    }

    record DemoCaseworker(String id, String agency, boolean supervisor) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoCaseworkers.class);

    private final Properties properties;
    private final AgencyCatalogue catalogue;
    private final IdentityService identity;

    DemoCaseworkers(Properties properties, AgencyCatalogue catalogue, IdentityService identity) {
        this.properties = properties;
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(AgencyGroups.ORDER + 2)
    public void createMissing() {
        var created = new ArrayList<String>();
        for (var demo : properties.caseworkers()) {
            var agency = catalogue.find(demo.agency())
                    .orElseThrow(() -> new IllegalStateException("Demo user " + demo.id() + " names unknown agency " + demo.agency()));
            if (createTolerantly(() -> identity.createUserQuery().userId(demo.id()).count() > 0, () -> {
                var user = identity.newUser(demo.id());
                user.setFirstName("Demo");
                user.setLastName((demo.supervisor() ? "supervisor, " : "caseworker, ") + agency.shortName());
                user.setPassword(demo.id());
                identity.saveUser(user);
            }, "user " + demo.id())) {
                created.add(demo.id());
            }
            join(demo.id(), agency.id());
            if (demo.supervisor()) {
                join(demo.id(), agency.supervisorsGroupId());
            }
        }
        log.info("Demo caseworkers (password = user id): {} configured, created now: {}", properties.caseworkers().size(), created);
    }

    private void join(String userId, String groupId) {
        createTolerantly(() -> identity.createUserQuery().userId(userId).memberOfGroup(groupId).count() > 0,
                () -> identity.createMembership(userId, groupId), userId + " in " + groupId);
    }
}
