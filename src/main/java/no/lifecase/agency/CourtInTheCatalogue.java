package no.lifecase.agency;

import java.util.Optional;
import no.lifecase.referencedata.ReferenceKind;
import no.lifecase.referencedata.ReferenceValueCheck;
import org.springframework.stereotype.Component;

/** A court district may name only a district court that tasks can be routed to: one in the agency catalogue. */
@Component
class CourtInTheCatalogue implements ReferenceValueCheck {

    private final AgencyCatalogue catalogue;

    CourtInTheCatalogue(AgencyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    public ReferenceKind kind() {
        return ReferenceKind.COURT_DISTRICT;
    }

    @Override
    public Optional<String> problem(String key, String value) {
        var known = catalogue.find(value).filter(agency -> agency.kind() == AgencyKind.DISTRICT_COURT).isPresent();
        return known ? Optional.empty()
                : Optional.of(value + " is not a district court in the agency catalogue (lifecase.agencies.district-courts).");
    }
}
