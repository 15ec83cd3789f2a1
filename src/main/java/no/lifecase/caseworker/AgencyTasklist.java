package no.lifecase.caseworker;

import static no.lifecase.agency.AgencyGroups.createTolerantly;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.lifecase.agency.Agency;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyGroups;
import no.lifecase.casefile.CaseService;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Tasklist for each agency, set up at every start: its caseworkers and supervisors may open Tasklist
 * (APPLICATION {@code tasklist} ACCESS) and get three saved filters of their agency's tasks, readable by
 * their two groups only (FILTER READ). Existing grants and filters are kept; a filter created twice by
 * two nodes starting together is reduced to one.
 */
@Component
class AgencyTasklist {

    /** The filter property that ties a filter to its agency and kind; Tasklist ignores unknown properties. */
    static final String AGENCY_PROPERTY = "lifecaseAgency";
    static final String KIND_PROPERTY = "lifecaseFilter";
    static final String TASKLIST_APP = "tasklist";

    /** The saved filters of every agency, in the order Tasklist shows them. */
    enum AgencyFilter {
        MY_AGENCY("my-agency", "My agency's tasks", "Open tasks of %s, claimed or not, soonest due first."),
        DUE_THIS_WEEK("due-this-week", "Due this week", "Tasks of %s due within the next seven days."),
        OVERDUE("overdue", "Overdue", "Tasks of %s whose due date has passed.");

        final String key;
        final String title;
        final String description;

        AgencyFilter(String key, String title, String description) {
            this.key = key;
            this.title = title;
            this.description = description;
        }

        String nameFor(Agency agency) {
            return title + " (" + agency.shortName() + ")";
        }
    }

    private static final Logger log = LoggerFactory.getLogger(AgencyTasklist.class);

    private final AgencyCatalogue catalogue;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    AgencyTasklist(AgencyCatalogue catalogue, AuthorizationService authorizations, FilterService filters, TaskService tasks) {
        this.catalogue = catalogue;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(AgencyGroups.ORDER + 1)
    public void setUp() {
        int grants = grantTasklistAccess();
        int created = createMissingFilters();
        log.info("Tasklist for {} agencies: {} application grant(s) and {} filter(s) created", catalogue.all().size(), grants, created);
    }

    private int grantTasklistAccess() {
        var groups = catalogue.groupIds();
        Set<String> granted = authorizations.createAuthorizationQuery()
                .resourceType(Resources.APPLICATION).resourceId(TASKLIST_APP).groupIdIn(groups.toArray(String[]::new))
                .list().stream().map(Authorization::getGroupId).collect(Collectors.toSet());
        int created = 0;
        for (var group : groups) {
            if (!granted.contains(group)) {
                created += grant(group, Resources.APPLICATION, TASKLIST_APP, Permissions.ACCESS) ? 1 : 0;
            }
        }
        return created;
    }

    private int createMissingFilters() {
        var existing = lifecaseFilters();
        Set<String> readable = authorizations.createAuthorizationQuery()
                .resourceType(Resources.FILTER).groupIdIn(catalogue.groupIds().toArray(String[]::new))
                .list().stream().map(authorization -> authorization.getGroupId() + "|" + authorization.getResourceId())
                .collect(Collectors.toSet());
        int created = 0;
        for (var agency : catalogue.all()) {
            for (var kind : AgencyFilter.values()) {
                var key = key(agency.id(), kind.key);
                var found = existing.getOrDefault(key, List.of());
                Filter filter;
                if (found.isEmpty()) {
                    filter = filters.saveFilter(newFilter(agency, kind));
                    created++;
                } else {
                    filter = keepOne(found);
                }
                for (var group : List.of(agency.id(), agency.supervisorsGroupId())) {
                    if (!readable.contains(group + "|" + filter.getId())) {
                        grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
                    }
                }
            }
        }
        return created;
    }

    private Filter newFilter(Agency agency, AgencyFilter kind) {
        TaskQuery query = tasks.createTaskQuery().taskCandidateGroup(agency.id()).includeAssignedTasks();
        switch (kind) {
            case DUE_THIS_WEEK -> query.dueAfterExpression("${now()}").dueBeforeExpression("${dateTime().plusDays(7).toDate()}");
            case OVERDUE -> query.dueBeforeExpression("${now()}");
            case MY_AGENCY -> { }
        }
        query.orderByDueDate().asc();
        var properties = new LinkedHashMap<String, Object>();
        properties.put("description", kind.description.formatted(agency.shortName()));
        properties.put("priority", kind.ordinal());
        properties.put("refresh", true);
        properties.put("variables", List.of(Map.of("name", CaseService.CASE_REF, "label", "Case")));
        properties.put(AGENCY_PROPERTY, agency.id());
        properties.put(KIND_PROPERTY, kind.key);
        return filters.newTaskFilter(kind.nameFor(agency)).setQuery(query).setProperties(properties);
    }

    /** Two nodes starting at once may both have created a filter: every node keeps the same one, the lowest id. */
    private Filter keepOne(List<Filter> found) {
        var sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparing(Filter::getId));
        for (var duplicate : sorted.subList(1, sorted.size())) {
            try {
                filters.deleteFilter(duplicate.getId());
                log.info("Removed duplicate filter '{}' ({})", duplicate.getName(), duplicate.getId());
            } catch (RuntimeException alreadyGone) {
                log.debug("Duplicate filter {} already removed", duplicate.getId());
            }
        }
        return sorted.get(0);
    }

    private Map<String, List<Filter>> lifecaseFilters() {
        var byKey = new HashMap<String, List<Filter>>();
        for (var filter : filters.createTaskFilterQuery().list()) {
            var properties = filter.getProperties();
            if (properties != null && properties.get(AGENCY_PROPERTY) instanceof String agency
                    && properties.get(KIND_PROPERTY) instanceof String kind) {
                byKey.computeIfAbsent(key(agency, kind), k -> new ArrayList<>()).add(filter);
            }
        }
        return byKey;
    }

    private boolean grant(String groupId, Resources resource, String resourceId, Permissions permission) {
        return createTolerantly(
                () -> authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                        .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0,
                () -> {
                    var authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    authorization.setGroupId(groupId);
                    authorization.setResource(resource);
                    authorization.setResourceId(resourceId);
                    authorization.addPermission(permission);
                    authorizations.saveAuthorization(authorization);
                },
                permission + " on " + resource + " " + resourceId + " for " + groupId);
    }

    private static String key(String agency, String kind) {
        return agency + "/" + kind;
    }
}
