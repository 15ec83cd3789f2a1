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
 * {@code incomeLast36Months} (NOK) and {@code grunnbelop}, G on the day it was read.
 */
@Component(LosingAndFindingAJob.Delegate.READ_INCOME)
class ReadIncomeDelegate implements JavaDelegate {

    private final Incomes incomes;
    private final Clock clock;

    ReadIncomeDelegate(Incomes incomes, Clock clock) {
        this.incomes = incomes;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var subject = Fodselsnummer.parse((String) execution.getVariable(CaseService.SUBJECT), CaseService.SUBJECT);
        var lastWorkingDay = LocalDate.parse((String) execution.getVariable(Variable.LAST_WORKING_DAY));
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
        var totals = incomes.before(subject, lastWorkingDay, today, CaseReference.of(execution.getProcessBusinessKey()));
        execution.setVariable(Variable.INCOME_LAST_12_MONTHS, totals.last12Months());
        execution.setVariable(Variable.INCOME_LAST_36_MONTHS, totals.last36Months());
        execution.setVariable(Variable.GRUNNBELOP, Grunnbelop.VALUE);
    }
}
