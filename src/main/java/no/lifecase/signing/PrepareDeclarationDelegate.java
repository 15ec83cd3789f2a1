package no.lifecase.signing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Makes the declaration's PDF and asks the signing service to have every heir sign it. */
@Component("prepareDeclarationSigning")
class PrepareDeclarationDelegate implements JavaDelegate {

    private final DeclarationSigning signing;

    PrepareDeclarationDelegate(DeclarationSigning signing) {
        this.signing = signing;
    }

    @Override
    public void execute(DelegateExecution execution) {
        signing.prepare(SigningVariables.request(execution));
    }
}
