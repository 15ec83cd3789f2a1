package no.lifecase.processowner;

import no.lifecase.agency.AgencyGroups;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates the engine group {@value #ID} at start-up, on every node, unless it exists. */
@Component
class ProcessOwnerGroup {

    static final String ID = "process-owners";

    private static final Logger log = LoggerFactory.getLogger(ProcessOwnerGroup.class);

    private final IdentityService identity;

    ProcessOwnerGroup(IdentityService identity) {
        this.identity = identity;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void createIfMissing() {
        boolean created = AgencyGroups.createTolerantly(() -> identity.createGroupQuery().groupId(ID).count() > 0, () -> {
            var group = identity.newGroup(ID);
            group.setName("Process owners");
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }, "group " + ID);
        if (created) {
            log.info("Created the group {}", ID);
        }
    }
}
