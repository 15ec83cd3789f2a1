package no.lifecase.agency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Tells an agency something it only needs to know, without waiting for its receipt (for that, the
 * models call notify-agency). Each life event declares the beans its models call, in its own folder.
 */
public class SendNoticeDelegate implements JavaDelegate {

    private final AgencyNotices notices;
    private final String agency;
    private final String notice;

    public SendNoticeDelegate(AgencyNotices notices, String agency, String notice) {
        this.notices = notices;
        this.agency = agency;
        this.notice = notice;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.send(execution.getProcessBusinessKey(), agency, notice,
                execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId());
    }
}
