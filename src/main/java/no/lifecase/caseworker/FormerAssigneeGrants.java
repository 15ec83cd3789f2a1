package no.lifecase.caseworker;

import no.lifecase.casefile.UserTaskListeners;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The engine gives every assignee of a task a permission on it and keeps it when the task goes to someone else or back
 * to the group. A caseworker who gave a task away, or put it back, keeps only what their agency's group has, so one who
 * leaves the agency no longer reaches the task (docs/adr/0060-a-worklist-to-run-a-day-on.md). Whichever way the
 * assignee changed: Tasklist, the engine's REST API or the worklist.
 */
@Component
class FormerAssigneeGrants extends UserTaskListeners {

    @Override
    protected void listenTo(TaskDefinition task) {
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, this::revokeFormerAssignee);
    }

    private void revokeFormerAssignee(DelegateTask task) {
        if (!(task instanceof TaskEntity entity) || !(formerAssignee(entity) instanceof String former)
                || former.equals(task.getAssignee()) || former.equals(entity.getOwner()) || isCandidate(task, former)) {
            return;
        }
        var authorizations = task.getProcessEngineServices().getAuthorizationService();
        // The caller may work the task without having any say over permissions, so this runs as the engine.
        Context.getCommandContext().runWithoutAuthorization(() -> {
            authorizations.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(task.getId()).userIdIn(former).list()
                    .forEach(grant -> authorizations.deleteAuthorization(grant.getId()));
            return null;
        });
    }

    private static Object formerAssignee(TaskEntity task) {
        var change = task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
        return change == null ? null : change.getOrgValue();
    }

    private static boolean isCandidate(DelegateTask task, String userId) {
        return task.getCandidates().stream()
                .anyMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && userId.equals(link.getUserId()));
    }
}
