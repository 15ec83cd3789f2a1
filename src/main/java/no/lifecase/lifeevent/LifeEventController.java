package no.lifecase.lifeevent;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import no.lifecase.agency.AgencyCatalogue;
import no.lifecase.agency.AgencyKind;
import no.lifecase.language.Text;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public catalogue of life events: what each is, who owns it, what starts it and which public bodies take part. */
@RestController
@RequestMapping(path = "/api/life-events", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Life events", description = "The public catalogue of life events")
class LifeEventController {

    private final LifeEvents lifeEvents;
    private final AgencyCatalogue agencies;
    private final RepositoryService repository;

    LifeEventController(LifeEvents lifeEvents, AgencyCatalogue agencies, RepositoryService repository) {
        this.lifeEvents = lifeEvents;
        this.agencies = agencies;
        this.repository = repository;
    }

    @GetMapping
    @Operation(operationId = "listLifeEvents", summary = "All life events",
            description = "Each life event with its title, owner, what starts it, the public bodies that take part (each text in "
                    + "bokmål, nynorsk and English) and the "
                    + "version of its process new cases start on")
    @ApiResponse(responseCode = "200", description = "The life events")
    List<LifeEventView> all() {
        return lifeEvents.all().stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    @Operation(operationId = "getLifeEvent", summary = "One life event",
            description = "The life event with its title, owner, what starts it, the public bodies that take part and the "
                    + "version of its process new cases start on")
    @ApiResponse(responseCode = "200", description = "The life event", content = @Content(schema = @Schema(implementation = LifeEventView.class)))
    @ApiResponse(responseCode = "404", description = "No life event has this id")
    ResponseEntity<?> one(@PathVariable String id) {
        return lifeEvents.find(id)
                .<ResponseEntity<?>>map(lifeEvent -> ResponseEntity.ok(view(lifeEvent)))
                .orElseGet(() -> {
                    var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no life event with the id " + id);
                    problem.setTitle("Unknown life event");
                    return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
                });
    }

    private LifeEventView view(LifeEvent lifeEvent) {
        var agencyViews = lifeEvent.agencies().stream().map(this::agencyView).toList();
        var latest = repository.createProcessDefinitionQuery().processDefinitionKey(lifeEvent.processKey()).latestVersion().singleResult();
        return new LifeEventView(lifeEvent.id(), lifeEvent.title(), lifeEvent.owner(), lifeEvent.trigger(), agencyViews, latest == null ? null : latest.getVersion());
    }

    private AgencyView agencyView(Involved involved) {
        if (involved.agency() == null) {
            return new AgencyView(null, involved.kind(), involved.description());
        }
        var agency = agencies.find(involved.agency())
                .orElseThrow(() -> new IllegalStateException("The life-event catalogue names an unknown agency: " + involved.agency()));
        return new AgencyView(agency.id(), agency.kind(), agency.name());
    }

    /**
     * @param deployedVersion the version of the process model new cases start on; null while none is deployed
     */
    record LifeEventView(String id, Text title, Text owner, Trigger trigger, List<AgencyView> agencies, @Nullable Integer deployedVersion) {
    }

    /** @param id the agency's id, or null for "whichever municipality (court, hospital) the case is routed to" */
    record AgencyView(@Nullable String id, AgencyKind kind, Text name) {
    }
}
