package no.lifecase.signing;

import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The variables of sign-and-send-declaration (the contract with the death-and-inheritance model, docs/adr/0062).
 * In: {@value #CASE_REF}, {@value #DECEASED_ID}, {@value #DECLARATION_CHOICE}, {@value #SIGNERS}, {@value #DEBT_TAKERS}.
 * Out: {@value #COURT_AGENCY}, {@value #COURT_CASE_NUMBER}.
 */
public final class SigningVariables {

    public static final String PROCESS_KEY = "sign-and-send-declaration";
    public static final String CASE_REF = "caseRef";
    public static final String DECEASED_ID = "deceasedId";
    public static final String DECLARATION_CHOICE = "declarationChoice";
    public static final String SIGNERS = "signers";
    public static final String DEBT_TAKERS = "debtTakers";
    public static final String COURT_AGENCY = "courtAgency";
    public static final String COURT_CASE_NUMBER = "courtCaseNumber";
    /** Set by the status check: whether every heir has signed. */
    public static final String DECLARATION_SIGNED = "declarationSigned";
    /** The error the process ends with when the declaration is not sent; a caller may catch it on its call activity. */
    public static final String ERROR_NOT_SENT = "DeclarationNotSent";

    private SigningVariables() {
    }

    static CaseReference caseRef(DelegateExecution execution) {
        var caseRef = execution.getVariable(CASE_REF);
        return CaseReference.of(caseRef != null ? String.valueOf(caseRef) : execution.getProcessBusinessKey());
    }

    static DeclarationSigning.Request request(DelegateExecution execution) {
        return new DeclarationSigning.Request(caseRef(execution), execution.getProcessInstanceId(),
                Fodselsnummer.parse(String.valueOf(execution.getVariable(DECEASED_ID)), DECEASED_ID),
                DeclarationChoice.of(execution.getVariable(DECLARATION_CHOICE)),
                IdentityNumberList.parse(execution.getVariable(SIGNERS), SIGNERS),
                IdentityNumberList.parse(execution.getVariable(DEBT_TAKERS), DEBT_TAKERS));
    }
}
