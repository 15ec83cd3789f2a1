package no.lifecase.evidence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.lifecase.evidence.EvidencePreview.Variable;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * At the start of a preview: checks the caller's {@code evidenceSubject} and {@code evidenceReaders} and gives the
 * readers to the multi-instance as a plain list, whatever form the caller had them in (a list, a JSON list, one
 * number, numbers separated by commas). A preview with nobody to read it, or of evidence no life event declares, is a modelling error and fails.
 */
@Component("readEvidenceReaders")
class ReadEvidenceReadersListener implements ExecutionListener {

    private final EvidenceSubjects subjects;

    ReadEvidenceReadersListener(EvidenceSubjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateExecution execution) {
        subjects.find((String) execution.getVariable(Variable.SUBJECT));
        var readers = readersOf(execution.getVariable(Variable.READERS)).stream().distinct().map(Fodselsnummer::value).toList();
        if (readers.isEmpty()) {
            throw new IllegalArgumentException("An evidence preview needs at least one reader in " + Variable.READERS);
        }
        // Transient: the multi-instance reads it in this same transaction, and each branch keeps its own reader.
        execution.setVariable(Variable.READER_IDS, Variables.objectValue(new ArrayList<>(readers), true).create());
    }

    /** Numbers separated by commas too, as the court's feed gives heirs; anything else as {@link IdentityNumberList} reads it. */
    private static List<Fodselsnummer> readersOf(Object readers) {
        if (readers instanceof String text && text.contains(",")) {
            return Arrays.stream(text.split(",")).map(String::strip).filter(id -> !id.isEmpty())
                    .map(id -> Fodselsnummer.parse(id, Variable.READERS)).toList();
        }
        return IdentityNumberList.parse(readers, Variable.READERS);
    }
}
