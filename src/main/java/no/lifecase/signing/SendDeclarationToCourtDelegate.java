package no.lifecase.signing;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;

/**
 * Sends the verified declaration to the district court of the deceased's last address. A court that refuses it (its
 * own check of the signatures) ends the process without a declaration; the court is unreachable: the job retries.
 */
@Component("sendDeclarationToCourt")
class SendDeclarationToCourtDelegate implements JavaDelegate {

    private final DeclarationSigning signing;

    SendDeclarationToCourtDelegate(DeclarationSigning signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            var sent = signing.send(SigningVariables.caseRef(execution), execution.getProcessInstanceId());
            execution.setVariable(SigningVariables.COURT_AGENCY, sent.courtAgency());
            execution.setVariable(SigningVariables.COURT_CASE_NUMBER, sent.courtCaseNumber());
        } catch (HttpClientErrorException e) {
            // Refused for what the declaration is; anything else (a token, a limit) is ours to fix, so an incident.
            if (!e.getStatusCode().isSameCodeAs(HttpStatus.UNPROCESSABLE_ENTITY) && !e.getStatusCode().isSameCodeAs(HttpStatus.CONFLICT)) {
                throw e;
            }
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, "The court refused the declaration: " + e.getStatusCode().value());
        }
    }
}
