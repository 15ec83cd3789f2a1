package no.lifecase.kpi;

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
class KpiController {

    private final LifeEventKpiService kpis;
    private final Clock clock;

    KpiController(LifeEventKpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    Kpis figures(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        return kpis.figures(KpiPeriod.parse(from, to, clock));
    }
}
