package no.lifecase.register.estate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The property rights of a person, shaped as Digitalt dødsbo's Kartverket test data
 * ({@code Kartverket/51234895-properties.json}, docs/domain.md#estate-overview-sources). The numbers stay text, as
 * Kartverket writes them ("0301", "0").
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record KartverketProperties(PropertyRights propertyRights) {

    public List<Property> properties() {
        return propertyRights == null ? List.of() : propertyRights.properties();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PropertyRights(List<Property> properties) {

        public PropertyRights {
            properties = properties == null ? List.of() : List.copyOf(properties);
        }
    }

    /**
     * @param holdingNumber     gårdsnummer (gnr)
     * @param subholdingNumber  bruksnummer (bnr)
     * @param leaseNumber       festenummer (fnr), "0" when none
     * @param sectionNumber     seksjonsnummer (snr)
     * @param fractionOwnership the deceased's share, e.g. "1/1" or "1/2"
     * @param type              "Eiendomsrett" (ownership) or "Leierett" (lease)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Property(String address, String city, String postalCode, String type, String municipality,
                           String municipalityNumber, String holdingNumber, String subholdingNumber, String leaseNumber,
                           String sectionNumber, String fractionOwnership, @JsonProperty("isAgriculture") Boolean agriculture) {
    }
}
