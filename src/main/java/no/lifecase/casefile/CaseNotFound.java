package no.lifecase.casefile;

/** No case with that reference, or none the caller may see: the answer is the same, so existence does not leak. */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound() {
        super("No case with that reference");
    }
}
