package no.lifecase.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import no.lifecase.caseworker.FormValues;
import no.lifecase.casefile.CaseNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's pages, server-rendered and usable without JavaScript. Every page asks {@link CitizenCases}, which
 * checks that the logged-in citizen may see the case; a case they may not see is "not found", like a missing one.
 */
@Controller
class CitizenPages {

    private final CitizenCases cases;
    private final CitizenTasks taskForms;

    CitizenPages(CitizenCases cases, CitizenTasks taskForms) {
        this.cases = cases;
        this.taskForms = taskForms;
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
        return taskPage(citizen, reference, taskId, new LinkedMultiValueMap<>(), List.of(), model);
    }

    /** The answers to a task: completed and back to the case when valid, else the form again with its problems. */
    @PostMapping(PortalSecurity.HOME + "/saker/{reference}/oppgaver/{taskId}")
    String answer(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, @PathVariable String taskId,
                  @RequestParam MultiValueMap<String, String> submitted, Model model, RedirectAttributes redirect,
                  HttpServletResponse response) {
        var task = cases.task(citizen.fodselsnummer(), reference, taskId).orElseThrow(CaseNotFound::new);
        var problems = taskForms.answer(citizen.fodselsnummer(), reference, taskId, submitted);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("answered", task.name());
            return "redirect:" + PortalSecurity.HOME + "/saker/" + reference;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return taskPage(citizen, reference, taskId, submitted, problems, model);
    }

    private String taskPage(CitizenUser citizen, String reference, String taskId, MultiValueMap<String, String> entered,
                            List<FormValues.Problem> problems, Model model) {
        var lifeEventCase = cases.find(citizen.fodselsnummer(), reference).orElseThrow(CaseNotFound::new);
        var task = cases.task(citizen.fodselsnummer(), reference, taskId).orElseThrow(CaseNotFound::new);
        model.addAttribute("case", CaseSummary.of(lifeEventCase));
        model.addAttribute("task", task);
        model.addAttribute("citizen", citizen);
        taskForms.form(citizen.fodselsnummer(), reference, taskId).ifPresent(form -> {
            var components = form.components(entered, problems);
            model.addAttribute("components", components);
            model.addAttribute("problems", components.stream().filter(component -> component.error() != null).toList());
        });
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
