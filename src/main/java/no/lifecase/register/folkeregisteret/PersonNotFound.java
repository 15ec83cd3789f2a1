package no.lifecase.register.folkeregisteret;

import no.lifecase.identity.Fodselsnummer;

/** Folkeregisteret does not know the number: a business outcome the process routes, not a technical failure. */
public class PersonNotFound extends RuntimeException {

    public PersonNotFound(Fodselsnummer person) {
        super("Folkeregisteret has no person " + person.masked());
    }
}
