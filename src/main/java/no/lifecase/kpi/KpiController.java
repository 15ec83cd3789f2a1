package no.lifecase.kpi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Figures per life event for process owners (ADR 0032): {@code from} and {@code to} are dates (whole days in
 * Norwegian time, {@code to} inclusive) or dates and times with an offset; bad values are 400 problem details.
 * Behind the process owners' chain ({@code processowner.ProcessOwnerSecurity}).
 */
@RestController
@RequestMapping("/api/kpis")
@Tag(name = "KPIs", description = "Figures per life event and agency (docs/adr/0032)")
class KpiController {

    private final LifeEventKpiService kpis;
    private final Clock clock;

    KpiController(LifeEventKpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "getKpis", summary = "Figures per life event",
            description = "For each life event: cases opened and closed in the period, lead times, the share closed without a "
                    + "manual task, deadline breaches, and per agency the tasks completed and the time they took. Without "
                    + "`to`, until now; without `from`, the 30 days before `to`.")
    @ApiResponse(responseCode = "200", description = "The figures")
    @ApiResponse(responseCode = "400", description = "`from` or `to` is not a date (or a date and time with an offset), `to` "
            + "is not after `from`, or the period is longer than five years; `field` names it")
    @ApiResponse(responseCode = "403", description = "The staff user is neither a process owner nor an administrator")
    Kpis figures(@Parameter(description = "Start of the period: a date (Norwegian time) or a date and time with an offset",
                         example = "2026-01-01") @RequestParam(required = false) String from,
                 @Parameter(description = "End of the period, inclusive for a date", example = "2026-01-31")
                 @RequestParam(required = false) String to) {
        return kpis.figures(KpiPeriod.parse(from, to, clock));
    }
}
