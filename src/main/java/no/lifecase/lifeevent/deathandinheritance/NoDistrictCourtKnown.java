package no.lifecase.lifeevent.deathandinheritance;

import java.time.LocalDate;

/**
 * The deceased lived in a municipality that no court district names on the day of routing. The routing step fails and
 * its incident tells an operator which municipality lacks a court and how a process owner adds it; the step is tried
 * again once a court district is added (docs/adr/0062).
 */
class NoDistrictCourtKnown extends RuntimeException {

    NoDistrictCourtKnown(String municipality, LocalDate day) {
        super("No district court is known for municipality " + municipality + " on " + day
                + ". A process owner adds it with POST /api/reference-data/court-districts {\"key\":\"" + municipality
                + "\",\"value\":\"tingrett-…\",\"validFrom\":\"…\",\"source\":\"…\"}; the routing is then tried again by itself.");
    }
}
