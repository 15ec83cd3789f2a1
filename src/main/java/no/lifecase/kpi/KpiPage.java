package no.lifecase.kpi;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import no.lifecase.casefile.InvalidField;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The figures of {@link KpiController} as a page: tables, with bars drawn in HTML and CSS beside the numbers, so it
 * needs no script and reads aloud as a table. For process owners, behind the same chain as the API.
 */
@Controller
class KpiPage {

    static final String PATH = "/process-owner/kpis";

    private final LifeEventKpiService kpis;
    private final Clock clock;

    KpiPage(LifeEventKpiService kpis, Clock clock) {
        this.kpis = kpis;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String page(@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
                HttpServletResponse response) {
        model.addAttribute("from", from == null ? "" : from);
        model.addAttribute("to", to == null ? "" : to);
        KpiPeriod period;
        try {
            period = KpiPeriod.parse(from, to, clock);
        } catch (InvalidField e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", e.getMessage());
            return "processowner/kpis";
        }
        var figures = kpis.figures(period);
        model.addAttribute("bars", new Bars());
        model.addAttribute("kpis", figures);
        model.addAttribute("fromDay", LocalDate.ofInstant(period.from(), KpiPeriod.NORWAY));
        model.addAttribute("toDay", LocalDate.ofInstant(period.to().minusNanos(1), KpiPeriod.NORWAY));
        model.addAttribute("maxCases", Math.max(1, figures.lifeEvents().stream()
                .mapToLong(event -> Math.max(event.casesOpened(), event.casesClosed())).max().orElse(1)));
        model.addAttribute("maxLeadTime", Math.max(1, figures.lifeEvents().stream()
                .filter(event -> event.p90LeadTime() != null).mapToLong(event -> event.p90LeadTime().seconds()).max().orElse(1)));
        model.addAttribute("maxAgencyTime", Math.max(1, figures.lifeEvents().stream().flatMap(event -> event.agencies().stream())
                .filter(agency -> agency.timeSpent() != null).map(agency -> agency.timeSpent().seconds())
                .max(Comparator.naturalOrder()).orElse(1L)));
        return "processowner/kpis";
    }

    /** Helpers for the template. */
    public static final class Bars {

        public long width(Number value, Number max) {
            return KpiPage.width(value, max);
        }

        public String percent(Double share) {
            return KpiPage.percent(share);
        }
    }

    /** A bar's width in per cent of the largest, at least a sliver when the value is not zero. */
    static long width(Number value, Number max) {
        if (value == null || value.doubleValue() <= 0 || max == null || max.doubleValue() <= 0) {
            return 0;
        }
        return Math.max(1, Math.round(100 * value.doubleValue() / max.doubleValue()));
    }

    static String percent(Double share) {
        return share == null ? "–" : Math.round(share * 100) + " %";
    }
}
