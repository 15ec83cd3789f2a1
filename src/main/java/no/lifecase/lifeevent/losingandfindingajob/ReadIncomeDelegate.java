package no.lifecase.lifeevent.losingandfindingajob;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import no.lifecase.register.inntekt.Grunnbelop;
import no.lifecase.register.inntekt.Incomes;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Reads the subject's income from a-ordningen and sets what the income rule needs: {@code incomeLast12Months},
 * {@code incomeLast36Months} (NOK), and {@code grunnbelop} with {@code grunnbelopDate}: G in force on the date the
 * benefit would start, the day after the last working day or the day of the claim if that is later
 * (docs/adr/0057-losing-a-job-rules-and-advance-notice.md).
 */
@Component(LosingAndFindingAJob.Delegate.READ_INCOME)
class ReadIncomeDelegate implements JavaDelegate {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final Incomes incomes;
    private final Grunnbelop grunnbelop;
    private final CaseService cases;
    private final Clock clock;

    ReadIncomeDelegate(Incomes incomes, Grunnbelop grunnbelop, CaseService cases, Clock clock) {
        this.incomes = incomes;
        this.grunnbelop = grunnbelop;
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        var lastWorkingDay = LocalDate.parse((String) execution.getVariable(Variable.LAST_WORKING_DAY));
        var today = LocalDate.now(clock.withZone(OSLO));
        var reference = CaseReference.of(execution.getProcessBusinessKey());
        var claimedOn = cases.find(reference).map(opened -> LocalDate.ofInstant(opened.openedAt(), OSLO)).orElse(today);
        var totals = incomes.before(subject, lastWorkingDay, today, reference);
        execution.setVariable(Variable.INCOME_LAST_12_MONTHS, totals.last12Months());
        execution.setVariable(Variable.INCOME_LAST_36_MONTHS, totals.last36Months());
        var dateThatApplies = lastWorkingDay.plusDays(1).isAfter(claimedOn) ? lastWorkingDay.plusDays(1) : claimedOn;
        execution.setVariable(Variable.GRUNNBELOP, grunnbelop.on(dateThatApplies));
        execution.setVariable(Variable.GRUNNBELOP_DATE, dateThatApplies.toString());
    }
}
