package no.lifecase.agency;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes every agency of the catalogue a Camunda group (type {@value #AGENCY_TYPE}) with a supervisors group
 * beside it (type {@value #SUPERVISORS_TYPE}), at every start. Existing groups are left as they are. Nodes
 * of a cluster may start together: a group another node created a moment earlier is not an error.
 */
@Component
public class AgencyGroups {

    public static final String AGENCY_TYPE = "agency";
    public static final String SUPERVISORS_TYPE = "agency-supervisors";

    /** Runs before anything that grants these groups rights or adds members to them. */
    public static final int ORDER = 0;

    private static final Logger log = LoggerFactory.getLogger(AgencyGroups.class);

    private final AgencyCatalogue catalogue;
    private final IdentityService identity;

    AgencyGroups(AgencyCatalogue catalogue, IdentityService identity) {
        this.catalogue = catalogue;
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(ORDER)
    public void createMissingGroups() {
        var existing = new HashSet<String>();
        identity.createGroupQuery().groupIdIn(catalogue.groupIds().toArray(String[]::new)).list()
                .forEach(group -> existing.add(group.getId()));
        int created = 0;
        for (var agency : catalogue.all()) {
            created += create(existing, agency.id(), agency.nameNorwegian(), AGENCY_TYPE);
            created += create(existing, agency.supervisorsGroupId(), agency.shortName() + ": ledere (supervisors)", SUPERVISORS_TYPE);
        }
        log.info("Agency groups: {} agencies, {} group(s) created", catalogue.all().size(), created);
    }

    private int create(Set<String> existing, String id, String name, String type) {
        if (existing.contains(id)) {
            return 0;
        }
        return createTolerantly(() -> groupExists(id), () -> {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(type);
            identity.saveGroup(group);
        }, "group " + id) ? 1 : 0;
    }

    private boolean groupExists(String id) {
        return identity.createGroupQuery().groupId(id).count() > 0;
    }

    /**
     * Creates something unless it exists. When the creation fails because another node created the same
     * thing in the meantime (a duplicate key), that counts as done; any other failure is thrown.
     *
     * @return whether this call created it
     */
    public static boolean createTolerantly(BooleanSupplier exists, Runnable create, String what) {
        if (exists.getAsBoolean()) {
            return false;
        }
        try {
            create.run();
            return true;
        } catch (RuntimeException e) {   // the engine's ProcessEngineException, or Spring's on commit
            if (exists.getAsBoolean()) {
                log.debug("{} was created by another node at the same time", what);
                return false;
            }
            throw e;
        }
    }
}
