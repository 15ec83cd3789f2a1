package no.lifecase.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import no.lifecase.language.Language;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API behind the citizen's pages, with the same login (the portal session) and the same rule: a citizen sees
 * only the cases that concern them, and any other reference answers 404.
 */
@RestController
@RequestMapping(PortalSecurity.API)
@Tag(name = "My cases", description = "The cases that concern the logged-in citizen")
class CitizenApi {

    private final CitizenCases cases;
    private final CitizenEstateOverview estate;

    CitizenApi(CitizenCases cases, CitizenEstateOverview estate) {
        this.cases = cases;
        this.estate = estate;
    }

    @GetMapping("/cases")
    @Operation(operationId = "listMyCases", summary = "My cases", description = "The cases whose subject is the logged-in citizen, and those of the people they act for (a child, a deceased person whose heir they are), newest first")
    @ApiResponse(responseCode = "200", description = "The cases; empty if there are none")
    List<CaseSummary> myCases(@AuthenticationPrincipal CitizenUser citizen) {
        return cases.of(citizen.fodselsnummer());
    }

    @GetMapping("/cases/{reference}")
    @Operation(operationId = "getMyCase", summary = "One of my cases", description = "Timeline (one line per thing that happened, in the reader's language: ?lang=nb, nn or en, or the language chosen before), plan, register data used with purpose and legal basis, and open tasks")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "404", description = "No such case, or not one of the citizen's")
    CaseDetails oneCase(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, Locale locale) {
        return cases.details(citizen.fodselsnummer(), reference, Language.of(locale));
    }

    @GetMapping("/cases/{reference}/estate-overview")
    @Operation(operationId = "getEstateOverview", summary = "The estate overview of a deceased's case", description = "The deceased's banks with their accounts' balances, property rights and vehicles as the registers hold them, each with its source and when it was read; for an heir entitled to it. Each answer is a line in the case's data-access log.")
    @ApiResponse(responseCode = "200", description = "The estate overview")
    @ApiResponse(responseCode = "404", description = "No such case, not one of the citizen's, or no estate overview the citizen is entitled to")
    EstateOverviewForHeir estateOverview(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference) {
        return estate.show(citizen.fodselsnummer(), reference);
    }
}
