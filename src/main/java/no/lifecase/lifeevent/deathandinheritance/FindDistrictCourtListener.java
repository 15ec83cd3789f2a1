package no.lifecase.lifeevent.deathandinheritance;

import java.time.Clock;
import java.time.LocalDate;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.referencedata.CourtDistricts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before the routing decision: the district court of the deceased's municipality in the court districts in force
 * today, which process owners keep as dated reference data (docs/adr/0058). A protected address, or one not known to
 * be unprotected, names no court by its municipality: the decision then falls back as its table says.
 */
@Component(DeathAndInheritance.Delegate.FIND_DISTRICT_COURT)
class FindDistrictCourtListener implements ExecutionListener {

    private final CourtDistricts courtDistricts;
    private final Clock clock;

    FindDistrictCourtListener(CourtDistricts courtDistricts, Clock clock) {
        this.courtDistricts = courtDistricts;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String court = null;
        if (Boolean.FALSE.equals(execution.getVariable(Variable.ADDRESS_PROTECTED))
                && execution.getVariable(Variable.RESIDENCE_MUNICIPALITY) instanceof String municipality
                && municipality.matches("\\d{4}")) {
            court = courtDistricts.courtOf(municipality, LocalDate.now(clock)).orElse(null);
        }
        execution.setVariable(Variable.DISTRICT_COURT, court);
    }
}
