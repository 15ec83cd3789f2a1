package no.lifecase.security;

/**
 * The order of every Spring Security filter chain in Lifecase, in one place (ADR 0040). A request goes to the first
 * chain whose matcher takes it, so a chain for a narrower set of paths comes before a broader one, and the portal's
 * catch-all ({@link #PUBLIC_PAGES}) comes last. The chains before the catch-all claim paths no other chain claims;
 * their order among themselves follows the layout of the application (staff, process owners, simulators, citizens).
 * Every {@code @Order} on a {@code SecurityFilterChain} bean names one of these; {@code FilterChainOrderTest} checks it.
 * The simulators' chains (31 to 35) live with the simulators in src/simulators, outside the production jar (ADR 0041),
 * but take their places from here, so that no product chain is given one of them.
 */
public final class FilterChainOrder {

    /** {@code /camunda/**}: the webapps' form login and session, which no stateless API chain may answer first. */
    public static final int CAMUNDA_WEBAPPS = 10;

    /**
     * {@code /actuator/prometheus}: administrators and the scrape account, which exists in this chain only; before the
     * staff chain, which claims the rest of {@code /actuator/**} (ADR 0048).
     */
    public static final int METRICS_SCRAPE = 15;

    /** {@code /engine-rest/**}, {@code /api/cases/**}, {@code /actuator/**}: HTTP Basic, before the other {@code /api} chains. */
    public static final int STAFF_APIS = 20;

    /** {@code /api/models/**}, {@code /api/kpis}, {@code /process-owner/**}: process owners and administrators only. */
    public static final int PROCESS_OWNER_API = 25;

    /** {@code /api/agency/**}: any staff user passes; the worklist controller decides per agency (ADR 0022). */
    public static final int AGENCY_WORKLIST_API = 30;

    /** Simulated Folkeregisteret, KRR and courts (profile "simulators"): a Maskinporten token with the register's scope. */
    public static final int SIMULATED_REGISTERS = 31;

    /** Simulated open data, Maskinporten and {@code /sim/**}: open, claimed so the catch-all does not refuse them. */
    public static final int OPEN_SIMULATORS = 32;

    /** Simulated Aa-registeret and a-ordningen: a Maskinporten token with Nav's scopes. */
    public static final int SIMULATED_NAV_REGISTERS = 33;

    /** {@code /idporten/**}: the test ID-porten's own login and session keys, apart from the portal's. */
    public static final int TEST_IDPORTEN = 35;

    /** {@code /api/life-events}: public reading of the catalogue, no changes over HTTP. */
    public static final int LIFE_EVENT_CATALOGUE = 40;

    /** {@code /min-side/**}, {@code /api/citizen/**}: the citizen's login with ID-porten and session. */
    public static final int CITIZEN_PORTAL = 50;

    /** {@code /v3/api-docs/**} and Swagger UI: public descriptions, just before the catch-all. */
    public static final int OPENAPI_DOCUMENTS = 90;

    /** Every other request: public pages open, the rest refused; last, since it matches everything. */
    public static final int PUBLIC_PAGES = 100;

    private FilterChainOrder() {
    }
}
