package no.lifecase.simulator.nav;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scenarios for the simulated Aa-registeret and a-ordningen: see a person's employments (to name the employer in a
 * demo), set the monthly pay (to fall below the income requirement) and let a new employer report the person, which
 * is how a job-seeker case learns of a new job.
 */
@RestController
@Profile("simulators")
class WorkScenarioController {

    private final SimulatedWorkHistory work;

    WorkScenarioController(SimulatedWorkHistory work) {
        this.work = work;
    }

    record NewEmployment(String person, String organisationNumber, LocalDate startDate, Long monthlyPay) {
    }

    record Pay(long monthlyPay) {
    }

    @GetMapping("/sim/aa-registeret/personer/{person}")
    Map<String, Object> employments(@PathVariable String person) {
        var number = Fodselsnummer.parse(person, "person").value();
        return Map.of("employments", work.employmentsOf(number).stream().map(AaregisteretSimulatorController::json).toList());
    }

    @PutMapping("/sim/aa-registeret/personer/{person}/lonn")
    Map<String, Object> pay(@PathVariable String person, @RequestBody Pay pay) {
        var number = Fodselsnummer.parse(person, "person").value();
        return Map.of("employments", work.setMonthlyPay(number, pay.monthlyPay()).stream().map(AaregisteretSimulatorController::json).toList());
    }

    /** A new employer's a-melding: the person is employed from {@code startDate} (today if left out). */
    @PostMapping("/sim/aa-registeret/new-employment")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> newEmployment(@RequestBody NewEmployment request) {
        var person = Fodselsnummer.parse(request.person(), "person").value();
        var employer = request.organisationNumber() == null
                ? SimulatedWorkHistory.organisationNumber(new Random(person.hashCode() * 17L + work.employmentsOf(person).size()))
                : Organisasjonsnummer.parse(request.organisationNumber(), "organisationNumber").value();
        var start = request.startDate() == null ? work.today() : request.startDate();
        var employment = work.addEmployment(person, employer, start, request.monthlyPay() == null ? 45_000 : request.monthlyPay());
        return Map.of("employment", AaregisteretSimulatorController.json(employment), "employments",
                List.copyOf(work.employmentsOf(person).stream().map(AaregisteretSimulatorController::json).toList()));
    }
}
