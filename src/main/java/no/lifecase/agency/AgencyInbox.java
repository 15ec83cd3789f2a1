package no.lifecase.agency;

/**
 * Where notices are delivered. In production an adapter to the agencies' message exchange; in the
 * embedded default and the tests, the simulated agencies. Delivery must be idempotent per notice id,
 * since a retried step may deliver the same notice again.
 */
public interface AgencyInbox {

    void deliver(AgencyNotice notice);
}
