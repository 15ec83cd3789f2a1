package no.lifecase.register.estate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Step 1 of DSOP "Oppgjør etter dødsfall": the banks the deceased was a customer of in the last three months, shaped as
 * Digitalt dødsbo's test data ({@code Bank/CustomerRelations/*.json}:
 * {@code banks[]{organizationNumber, bankName, isImplemented}}, docs/domain.md#estate-overview-sources).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CustomerRelations(List<Bank> banks) {

    public CustomerRelations {
        banks = banks == null ? List.of() : List.copyOf(banks);
    }

    /** @param implemented false: the bank has not built its DSOP service yet, so it cannot be asked for accounts */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Bank(String organizationNumber, String bankName, @JsonProperty("isImplemented") Boolean implemented) {

        public boolean canBeAsked() {
            return !Boolean.FALSE.equals(implemented);
        }
    }
}
