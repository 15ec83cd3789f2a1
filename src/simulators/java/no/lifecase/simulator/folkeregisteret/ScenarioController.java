package no.lifecase.simulator.folkeregisteret;

import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /sim/folkeregisteret/*}: life events for demos and tests, outside the register's real API. Each answers
 * with the people concerned and the events appended to the feed.
 */
@RestController
@Profile("simulators")
@RequestMapping("/sim/folkeregisteret")
class ScenarioController {

    private final FolkeregisteretScenarios scenarios;

    ScenarioController(FolkeregisteretScenarios scenarios) {
        this.scenarios = scenarios;
    }

    @PostMapping("/birth")
    ScenarioResult birth(@RequestBody FolkeregisteretScenarios.Birth request) {
        return scenarios.birth(request);
    }

    @PostMapping("/stillbirth")
    ScenarioResult stillbirth(@RequestBody FolkeregisteretScenarios.Birth request) {
        return scenarios.birth(new FolkeregisteretScenarios.Birth(request.mother(), request.father(), request.sex(),
                request.birthDate(), true));
    }

    @PostMapping("/death")
    ScenarioResult death(@RequestBody FolkeregisteretScenarios.Death request) {
        return scenarios.death(request);
    }

    @PostMapping("/reactivation")
    ScenarioResult reactivation(@RequestBody FolkeregisteretScenarios.Reactivation request) {
        return scenarios.reactivation(request);
    }

    @PostMapping("/immigration")
    ScenarioResult immigration(@RequestBody FolkeregisteretScenarios.MoveToNorway request) {
        return scenarios.immigration(request);
    }

    @PostMapping("/move")
    ScenarioResult move(@RequestBody FolkeregisteretScenarios.Move request) {
        return scenarios.move(request);
    }

    /** The messages name the field and mask any number, so they can be shown as they are. */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> invalid(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(Map.of("error", e.getMessage()));
    }
}
