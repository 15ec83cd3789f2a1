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
 * be unprotected, names no court by its municipality: the decision then routes as its table says. A municipality with
 * no court district is not sent to some other court: the step fails with an incident that names it (docs/adr/0062).
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
            var today = LocalDate.now(clock);
            court = courtDistricts.courtOf(municipality, today).orElseThrow(() -> new NoDistrictCourtKnown(municipality, today));
        }
        execution.setVariable(Variable.DISTRICT_COURT, court);
    }
}
