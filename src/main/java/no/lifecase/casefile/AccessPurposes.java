package no.lifecase.casefile;

import java.util.ArrayList;
import java.util.List;
import no.lifecase.language.Text;
import org.springframework.stereotype.Component;

/**
 * Finds the purpose a register read was logged with, so that the citizen reads it in their own language: the log keeps
 * the English text, as the staff views show it. A text no purpose has any longer (an older wording) is shown as it was
 * logged, the same in every language.
 */
@Component
public class AccessPurposes {

    private final CaseTypes caseTypes;

    public AccessPurposes(CaseTypes caseTypes) {
        this.caseTypes = caseTypes;
    }

    /** The purpose and legal basis of a logged read, in bokmål, nynorsk and English. */
    public AccessPurpose of(DataAccessEntry read) {
        return of(read.purpose(), read.legalBasis());
    }

    /** As {@link #of(DataAccessEntry)}, for a read kept on a case page. */
    public AccessPurpose of(String loggedPurpose, String loggedLegalBasis) {
        return all().stream()
                .filter(purpose -> purpose.purpose().en().equals(loggedPurpose) && purpose.legalBasis().en().equals(loggedLegalBasis))
                .findFirst()
                .orElseGet(() -> new AccessPurpose(asLogged(loggedPurpose), asLogged(loggedLegalBasis)));
    }

    private List<AccessPurpose> all() {
        var all = new ArrayList<AccessPurpose>(AccessPurpose.SHARED);
        caseTypes.all().forEach(caseType -> {
            all.add(caseType.accessPurpose());
            caseType.variants().forEach(variant -> all.add(variant.accessPurpose()));
        });
        return all;
    }

    private static Text asLogged(String text) {
        return new Text(text, text, text);
    }
}
