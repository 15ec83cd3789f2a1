package no.lifecase.simulator.estate;

import no.lifecase.identity.Fodselsnummer;

/** The body the property and vehicle simulators take: the person, kept out of the URL. */
record PersonQuery(String personIdentifier) {

    Fodselsnummer person() {
        return Fodselsnummer.parse(personIdentifier, "personIdentifier");
    }
}
