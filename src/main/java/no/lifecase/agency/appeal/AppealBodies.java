package no.lifecase.agency.appeal;

import java.util.Map;
import java.util.Optional;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyKind;
import org.springframework.stereotype.Component;

/**
 * Which body decides an appeal that the deciding agency upheld (forvaltningsloven § 28: the nearest superior body).
 * Nav's decisions go to Nav klageinstans; a municipality's to the Statsforvalter office of its county, found from the
 * first two digits of the kommunenummer (the county number, after the county changes of 2024). Other agencies'
 * appeal bodies are not known to Lifecase yet (docs/adr/0056).
 */
@Component
public class AppealBodies {

    static final String NAV = "nav";
    static final String NAV_APPEALS = "nav-klageinstans";

    /** County number to Statsforvalter office. UNVERIFIED against statsforvalteren.no's list of offices and counties. */
    private static final Map<String, String> COUNTY_GOVERNORS = Map.ofEntries(
            Map.entry("03", "oslo-viken"), Map.entry("31", "oslo-viken"), Map.entry("32", "oslo-viken"),
            Map.entry("33", "oslo-viken"), Map.entry("39", "vestfold-telemark"), Map.entry("40", "vestfold-telemark"),
            Map.entry("46", "vestland"), Map.entry("11", "rogaland"), Map.entry("50", "trondelag"),
            Map.entry("55", "troms-finnmark"), Map.entry("56", "troms-finnmark"), Map.entry("42", "agder"),
            Map.entry("34", "innlandet"), Map.entry("15", "more-romsdal"), Map.entry("18", "nordland"));

    private final AgencyCatalogue agencies;

    public AppealBodies(AgencyCatalogue agencies) {
        this.agencies = agencies;
    }

    /** The appeal body for decisions of this agency, if Lifecase knows it. */
    public Optional<String> of(String decidingAgency) {
        if (NAV.equals(decidingAgency)) {
            return Optional.of(NAV_APPEALS);
        }
        return agencies.find(decidingAgency)
                .filter(agency -> agency.kind() == AgencyKind.MUNICIPALITY)
                .map(agency -> COUNTY_GOVERNORS.get(agency.id().substring("kommune-".length(), "kommune-".length() + 2)))
                .map(office -> "statsforvalteren-" + office)
                .filter(agencies::isAgency);
    }
}
