package no.lifecase.signing;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Asks the signing service whether every heir has signed; a failed job ends the process without a declaration. */
@Component("checkDeclarationSigned")
class CheckDeclarationSignedDelegate implements JavaDelegate {

    private final DeclarationSigning signing;

    CheckDeclarationSignedDelegate(DeclarationSigning signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var status = signing.status(execution.getProcessInstanceId());
        if (status.failed()) {
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, "The signing service gave up the signature job");
        }
        execution.setVariable(SigningVariables.DECLARATION_SIGNED, status.completed());
    }
}
