package no.lifecase.signing;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Fetches the signed declaration and checks every signature; one that does not hold stops it from reaching the court. */
@Component("verifySignedDeclaration")
class VerifySignedDeclarationDelegate implements JavaDelegate {

    private final DeclarationSigning signing;

    VerifySignedDeclarationDelegate(DeclarationSigning signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        try {
            signing.fetchAndVerify(execution.getProcessInstanceId());
        } catch (SignatureRefused e) {
            throw new BpmnError(SigningVariables.ERROR_NOT_SENT, e.getMessage());
        }
    }
}
