package no.lifecase.simulator.domstol;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The district court answers the heirs' request for a formuesfullmakt (docs/adr/0064; the path and the fields are the
 * simulation's own, UNVERIFIED against domstol.no). The simulated court answers at once and gives it to every heir asked
 * for whom it knows as the deceased's spouse or child; anyone else is named with {@code formuesfullmakt: false}.
 */
@RestController
@Profile("simulators")
class FormuesfullmaktReceiver {

    private final SimulatedCourts courts;

    FormuesfullmaktReceiver(SimulatedCourts courts) {
        this.courts = courts;
    }

    record Anmodning(String avdode, String embeteId, List<String> arvinger) {
    }

    record Part(String nin, boolean formuesfullmakt) {
    }

    record Svar(String saksnummer, String embeteId, List<Part> parter) {
    }

    @PostMapping(DeclarationReceiver.API + "/dodsfallsaker/formuesfullmakter")
    Svar answer(@RequestBody Anmodning anmodning) {
        var court = Court.withCode(anmodning.embeteId())
                .orElseThrow(() -> new EstateScenarioRefused(HttpStatus.UNPROCESSABLE_ENTITY, "embeteId", "is not a district court"));
        if (anmodning.arvinger() == null || anmodning.arvinger().isEmpty()) {
            throw new EstateScenarioRefused(HttpStatus.BAD_REQUEST, "arvinger", "must name the heirs who ask");
        }
        var granted = courts.formuesfullmakt(anmodning.avdode(), anmodning.arvinger());
        var parter = anmodning.arvinger().stream().distinct().map(heir -> new Part(heir, granted.contains(heir))).toList();
        var saksnummer = courts.caseOf(anmodning.avdode()).map(SimulatedEstateCase::saksnummer).orElse(null);
        return new Svar(saksnummer, court.name(), parter);
    }

    @ExceptionHandler(EstateScenarioRefused.class)
    ProblemDetail refused(EstateScenarioRefused e) {
        var problem = ProblemDetail.forStatusAndDetail(e.status(), e.getMessage());
        problem.setTitle("The court does not give a formuesfullmakt");
        problem.setProperty("field", e.field());
        return problem;
    }
}
