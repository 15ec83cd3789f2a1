package no.lifecase.register.aaregisteret;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.stereotype.Service;

/** What a job-seeker case needs from Aa-registeret; every read is logged on the case with its purpose. */
@Service
public class Employments {

    static final List<String> FIELDS = List.of("arbeidsgiver", "ansettelsesperiode", "stillingsprosent");

    private final AaregisteretClient aaregisteret;
    private final DataAccessLog accessLog;

    Employments(AaregisteretClient aaregisteret, DataAccessLog accessLog) {
        this.aaregisteret = aaregisteret;
        this.accessLog = accessLog;
    }

    /** Whether Aa-registeret has an employment of the person with this employer (the one the citizen named). */
    public boolean hasEmploymentWith(Fodselsnummer person, String employer, CaseReference caseReference) {
        var employments = aaregisteret.arbeidsforhold(person);
        accessLog.record(caseReference, AaregisteretClient.REGISTER, AccessPurpose.UNEMPLOYMENT_BENEFIT, person.value(), FIELDS);
        return employments.stream().anyMatch(employment -> employer != null && employer.equals(employment.employer()));
    }

    /**
     * An employment that started after the last working day with another employer than the one lost: a new job.
     */
    public Optional<Arbeidsforhold> newEmploymentAfter(Fodselsnummer person, LocalDate lastWorkingDay, String formerEmployer,
                                                       CaseReference caseReference) {
        var employments = aaregisteret.arbeidsforhold(person);
        accessLog.record(caseReference, AaregisteretClient.REGISTER, AccessPurpose.UNEMPLOYMENT_BENEFIT, person.value(), FIELDS);
        return employments.stream()
                .filter(employment -> employment.startDate() != null && employment.startDate().isAfter(lastWorkingDay))
                .filter(employment -> employment.employer() != null && !employment.employer().equals(formerEmployer))
                .findFirst();
    }
}
