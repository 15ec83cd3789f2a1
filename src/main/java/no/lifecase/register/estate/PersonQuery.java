package no.lifecase.register.estate;

import no.lifecase.identity.Fodselsnummer;

/** The person asked about, in the request body, so the number stays out of URLs and access logs. */
record PersonQuery(String personIdentifier) {

    static PersonQuery of(Fodselsnummer person) {
        return new PersonQuery(person.value());
    }
}
