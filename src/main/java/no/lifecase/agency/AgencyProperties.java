package no.lifecase.agency;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Agencies added to the built-in catalogue from configuration, e.g. every municipality of the country:
 * <pre>
 * lifecase.agencies:
 *   municipalities:
 *     "3301": Drammen
 *   district-courts:
 *     TNOT: Nordre Østfold tingrett
 * </pre>
 * Municipalities are keyed by their four-digit kommunenummer, courts by their court code (embete id).
 */
@ConfigurationProperties("lifecase.agencies")
public record AgencyProperties(Map<String, String> municipalities, Map<String, String> districtCourts) {

    public AgencyProperties {
        municipalities = municipalities == null ? Map.of() : new LinkedHashMap<>(municipalities);
        districtCourts = districtCourts == null ? Map.of() : new LinkedHashMap<>(districtCourts);
    }
}
