package no.lifecase.casefile;

import java.util.List;
import java.util.Optional;

/** The life events Lifecase runs, as the case file sees them: found by id, in the catalogue's order. */
public interface CaseTypes {

    List<? extends CaseType> all();

    Optional<? extends CaseType> find(String id);
}
