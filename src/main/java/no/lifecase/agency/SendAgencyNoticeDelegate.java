package no.lifecase.agency;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The sending step of notify-agency: sends the notice (again, on a later attempt) and keeps its id for the receipt. */
@Component("sendAgencyNotice")
class SendAgencyNoticeDelegate implements JavaDelegate {

    private final AgencyNotices notices;

    SendAgencyNoticeDelegate(AgencyNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var sent = notices.send((String) execution.getVariable("caseRef"), (String) execution.getVariable("agency"),
                (String) execution.getVariable("notice"), execution.getProcessInstanceId());
        execution.setVariable(AgencyNotices.NOTICE_ID, sent.id());
        execution.setVariable("noticeAttempts", sent.attempts());
    }
}
