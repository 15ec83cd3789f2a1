package no.lifecase.register.estate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.time.LocalDate;
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
     * @param encumbrances      what the grunnbok has registered on the property (heftelser, {@code findHeftelser});
     *                          field names ours, UNVERIFIED (docs/adr/0064)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Property(String address, String city, String postalCode, String type, String municipality,
                           String municipalityNumber, String holdingNumber, String subholdingNumber, String leaseNumber,
                           String sectionNumber, String fractionOwnership, @JsonProperty("isAgriculture") Boolean agriculture,
                           List<Encumbrance> encumbrances) {

        /** An answer without the field has nothing registered on the property. */
        public Property {
            encumbrances = encumbrances == null ? List.of() : List.copyOf(encumbrances);
        }
    }

    /**
     * An encumbrance (heftelse) on a property, e.g. a mortgage.
     *
     * @param documentType   e.g. "Pantedokument" (a mortgage)
     * @param holder         who holds the right, a bank for a mortgage
     * @param amount         the amount registered, in {@code currency}
     * @param registeredDate the day it was registered (tinglyst)
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Encumbrance(String documentType, Holder holder, BigDecimal amount, String currency, LocalDate registeredDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Holder(String name, String organizationNumber) {
    }
}
