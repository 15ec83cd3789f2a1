package no.lifecase.startup;

/**
 * What start-up spends its time on, in the order it happens, one log line each (docs/adr/0049). Every moment from the
 * JVM's start to readiness belongs to exactly one phase, so the lines add up to the time to ready.
 */
public enum StartupPhase {

    JVM_AND_SETTINGS("JVM, Spring Boot and settings"),
    BEAN_DEFINITIONS("bean definitions: component scan and auto-configuration"),
    DATABASE_MIGRATION("database migration (Flyway)"),
    JPA("JPA (Hibernate)"),
    ENGINE("process engine"),
    MODEL_DEPLOYMENT("model deployment"),
    WEB_SERVER("web server: Tomcat, Camunda webapps and REST API"),
    SIMULATORS("simulators and their synthetic population"),
    OTHER_BEANS("other beans: APIs, security, register clients, feeds"),
    SET_UP_AFTER_START("set-up after start: agency groups, Tasklist filters, users, job executor");

    private final String label;

    StartupPhase(String label) {
        this.label = label;
    }

    /** How the phase is named in the log. */
    public String label() {
        return label;
    }
}
