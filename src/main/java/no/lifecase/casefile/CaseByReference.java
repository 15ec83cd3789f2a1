package no.lifecase.casefile;

import java.util.Optional;

/** The case with a reference, found through its natural id (see {@link CaseByReferenceImpl}). */
interface CaseByReference {

    Optional<LifeEventCase> findByReference(String reference);
}
