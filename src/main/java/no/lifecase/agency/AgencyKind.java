package no.lifecase.agency;

/** What sort of public body an agency is; routing rules and reports group by it. */
public enum AgencyKind {
    STATE_AGENCY,
    MUNICIPALITY,
    DISTRICT_COURT,
    HEALTH_TRUST
}
