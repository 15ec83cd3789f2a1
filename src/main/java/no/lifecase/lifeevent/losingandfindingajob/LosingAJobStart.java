package no.lifecase.lifeevent.losingandfindingajob;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberType;
import no.lifecase.identity.LevelOfAssurance;
import no.lifecase.lifeevent.CitizenStart;
import no.lifecase.lifeevent.CitizenStartDecision;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJob.Variable;
import org.springframework.stereotype.Component;

/**
 * The citizen starts "losing and finding a job" for themselves: the case is about the person logged in. Nav's
 * job-seeker registration needs BankID, Buypass or Commfides, and MinID is not enough
 * (docs/domain.md#losing-and-finding-a-job), so this life event needs a login at level high. One running case at a
 * time: the case follows the whole period out of work, until a new job or removal from the register ends it.
 */
@Component
class LosingAJobStart implements CitizenStart {

    /** Nav wants the application about a week before the last paid day; we accept it up to three months ahead. */
    static final int MONTHS_AHEAD = 3;
    /** Unemployment benefit is not paid back in time; a job lost more than a year ago is not this case. */
    static final int MONTHS_BACK = 12;

    private final CaseService cases;
    private final Clock clock;

    LosingAJobStart(CaseService cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Override
    public LifeEvent lifeEvent() {
        return LosingAndFindingAJobModule.LIFE_EVENT;
    }

    @Override
    public LevelOfAssurance requiredLevel() {
        return LevelOfAssurance.HIGH;
    }

    /** The employer's number is checked before {@link #decide}: a mistyped number is corrected, not refused (ADR 0036). */
    @Override
    public Map<String, IdentityNumberType> identityNumberFields() {
        return Map.of(Variable.EMPLOYER, IdentityNumberType.ORGANISASJONSNUMMER);
    }

    @Override
    public CitizenStartDecision decide(Fodselsnummer citizen, Map<String, Object> answers) {
        LocalDate lastWorkingDay;
        try {
            lastWorkingDay = LocalDate.parse(String.valueOf(answers.get(Variable.LAST_WORKING_DAY)));
        } catch (DateTimeParseException e) {
            return new CitizenStartDecision.Refused(Variable.LAST_WORKING_DAY, "start.job.lastWorkingDay.invalid");
        }
        var today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Oslo")));
        if (lastWorkingDay.isAfter(today.plusMonths(MONTHS_AHEAD))) {
            return new CitizenStartDecision.Refused(Variable.LAST_WORKING_DAY, "start.job.lastWorkingDay.tooLate");
        }
        if (lastWorkingDay.isBefore(today.minusMonths(MONTHS_BACK))) {
            return new CitizenStartDecision.Refused(Variable.LAST_WORKING_DAY, "start.job.lastWorkingDay.tooEarly");
        }
        boolean running = cases.casesOf(citizen).stream()
                .anyMatch(one -> one.lifeEventId().equals(lifeEvent().id()) && one.status() != CaseStatus.CLOSED);
        if (running) {
            return new CitizenStartDecision.Refused(null, "start.job.alreadyOpen");
        }
        return new CitizenStartDecision.Open(citizen, Map.of());
    }
}
