/**
 * What an operator sees of Lifecase (docs/adr/0048-operators-see-lifecase.md): the gauges read from the database and
 * the engine (open cases, feed lag, jobs, incidents, each agency's tasks), each reading kept a few seconds so a scrape
 * stays cheap; who may scrape {@code /actuator/prometheus}; and a trace id for every run of the engine's jobs. The
 * counters of what happens (cases opened and closed, register calls, feed events) are kept where it happens.
 */
package no.lifecase.operations;
