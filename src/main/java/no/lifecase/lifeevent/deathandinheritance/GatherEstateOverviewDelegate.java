package no.lifecase.lifeevent.deathandinheritance;

import java.time.LocalDate;
import java.util.List;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberList;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.EstateOverviewFor;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.register.estate.EstateOverview;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Gathers the estate overview of the deceased ({@code subject}) for the heirs {@code estateOverviewFor} names: a
 * group decided by estate-overview-access, or their fødselsnumre, with the banks' balances and debts at the date of
 * death. No heirs (or {@code "none"}): nothing is read or recorded.
 * A register that is away reaches the engine as {@link no.lifecase.register.RegisterUnavailable}, so the step is
 * retried and the incident names the register.
 */
@Component(DeathAndInheritance.Delegate.GATHER_ESTATE_OVERVIEW)
class GatherEstateOverviewDelegate implements JavaDelegate {

    private final EstateOverview overview;

    GatherEstateOverviewDelegate(EstateOverview overview) {
        this.overview = overview;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var heirs = heirs(execution);
        if (heirs.isEmpty()) {
            return;
        }
        var caseRef = CaseReference.of(execution.getProcessBusinessKey());
        var deceased = Fodselsnummer.parse((String) execution.getVariable(Variable.SUBJECT), Variable.SUBJECT);
        overview.gather(caseRef, deceased, dateOfDeath(execution), heirs);
    }

    /**
     * The decision estate-overview-access names a group; the heirs in it come from the court's estate case
     * ({@code estateHeirs}: those with skifteattest, or who took responsibility for a small estate), from the court's
     * answer to the heirs' request ({@code formuesfullmaktHeirs}, before the court's decision) or from
     * Folkeregisteret ({@code spouseId}). Failing beats guessing: gathering for nobody would hide the estate from
     * the heirs, gathering for everybody would leak it.
     */
    private static List<Fodselsnummer> heirs(DelegateExecution execution) {
        var entitled = execution.getVariable(Variable.ESTATE_OVERVIEW_FOR);
        var group = entitled instanceof SpinJsonNode json && json.isString() ? json.stringValue() : entitled;
        if (group == null || EstateOverviewFor.NONE.equals(group) || "".equals(group)) {
            return List.of();
        }
        if (EstateOverviewFor.SURVIVING_SPOUSE.equals(group)) {
            return required(execution, Variable.SPOUSE_ID);
        }
        if (EstateOverviewFor.HEIRS_WITH_FORMUESFULLMAKT.equals(group)) {
            return required(execution, Variable.FORMUESFULLMAKT_HEIRS);
        }
        if (EstateOverviewFor.HEIRS_WITH_SKIFTEATTEST.equals(group) || EstateOverviewFor.HEIRS_TAKING_RESPONSIBILITY.equals(group)) {
            return required(execution, Variable.ESTATE_HEIRS);
        }
        return IdentityNumberList.parse(group, Variable.ESTATE_OVERVIEW_FOR);
    }

    /** The banks answer the balances on this day (docs/adr/0064); a case without it gets the balances when read. */
    private static LocalDate dateOfDeath(DelegateExecution execution) {
        return execution.getVariable(Variable.DATE_OF_DEATH) instanceof String day && !day.isBlank() ? LocalDate.parse(day) : null;
    }

    private static List<Fodselsnummer> required(DelegateExecution execution, String variable) {
        var heirs = IdentityNumberList.parse(execution.getVariable(variable), variable);
        if (heirs.isEmpty()) {
            throw new IllegalStateException("The estate overview is due, but " + variable + " names no heir");
        }
        return heirs;
    }
}
