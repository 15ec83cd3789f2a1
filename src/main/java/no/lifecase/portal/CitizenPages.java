package no.lifecase.portal;

import no.lifecase.casefile.CaseNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The citizen's pages, server-rendered and usable without JavaScript. Every page asks {@link CitizenCases}, which
 * checks that the logged-in citizen may see the case; a case they may not see is "not found", like a missing one.
 */
@Controller
class CitizenPages {

    private final CitizenCases cases;

    CitizenPages(CitizenCases cases) {
        this.cases = cases;
    }

    @GetMapping(PortalSecurity.HOME)
    String myCases(@AuthenticationPrincipal CitizenUser citizen, Model model) {
        model.addAttribute("cases", cases.of(citizen.fodselsnummer()));
        model.addAttribute("citizen", citizen);
        return "portal/my-cases";
    }

    @GetMapping(PortalSecurity.HOME + "/saker/{reference}")
    String oneCase(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, Model model) {
        model.addAttribute("case", cases.details(citizen.fodselsnummer(), reference));
        model.addAttribute("citizen", citizen);
        return "portal/case";
    }

    @GetMapping(PortalSecurity.HOME + "/saker/{reference}/oppgaver/{taskId}")
    String task(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, @PathVariable String taskId,
                Model model) {
        var lifeEventCase = cases.find(citizen.fodselsnummer(), reference).orElseThrow(CaseNotFound::new);
        var task = cases.task(citizen.fodselsnummer(), reference, taskId).orElseThrow(CaseNotFound::new);
        model.addAttribute("case", CaseSummary.of(lifeEventCase));
        model.addAttribute("task", task);
        model.addAttribute("citizen", citizen);
        return "portal/task";
    }

    @GetMapping(PortalSecurity.LOGIN_FAILED)
    String loginFailed(@RequestParam(defaultValue = "error") String reason, Model model) {
        model.addAttribute("reason", switch (reason) {
            case "level", "identity", "cancelled" -> reason;
            default -> "error";
        });
        return "portal/login-failed";
    }

    @GetMapping(PortalSecurity.LOGGED_OUT)
    String loggedOut() {
        return "portal/logged-out";
    }

    @ExceptionHandler(CaseNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "portal/not-found";
    }
}
