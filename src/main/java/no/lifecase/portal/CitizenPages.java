package no.lifecase.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import no.lifecase.casefile.CaseNotFound;
import no.lifecase.caseworker.FormValues;
import no.lifecase.language.Language;
import no.lifecase.lifeevent.LifeEvents;
import org.springframework.context.MessageSource;
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
    private final CitizenStarts starts;
    private final MessageSource messages;
    private final LifeEvents lifeEvents;
    private final FormErrors formErrors;
    private final CitizenEstateOverview estate;
    private final CitizenEvidence evidence;

    CitizenPages(CitizenCases cases, CitizenTasks taskForms, CitizenStarts starts, MessageSource messages, LifeEvents lifeEvents,
                 FormErrors formErrors, CitizenEstateOverview estate, CitizenEvidence evidence) {
        this.estate = estate;
        this.evidence = evidence;
        this.cases = cases;
        this.taskForms = taskForms;
        this.starts = starts;
        this.messages = messages;
        this.lifeEvents = lifeEvents;
        this.formErrors = formErrors;
    }

    @GetMapping(PortalSecurity.HOME)
    String myCases(@AuthenticationPrincipal CitizenUser citizen, Model model) {
        model.addAttribute("cases", cases.of(citizen.fodselsnummer()));
        model.addAttribute("startable", starts.startable());
        model.addAttribute("citizen", citizen);
        return "portal/my-cases";
    }

    @GetMapping(PortalSecurity.HOME + "/ny-sak/{id}")
    String startForm(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id, Model model, Locale locale) {
        return startPage(citizen, starts.find(id), new LinkedMultiValueMap<>(), Map.of(), null, model, locale);
    }

    /** The start form's answers: to the new case when it is opened, else the form again with why not. */
    @PostMapping(PortalSecurity.HOME + "/ny-sak/{id}")
    String start(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id,
                 @RequestParam MultiValueMap<String, String> submitted, Model model, RedirectAttributes redirect,
                 HttpServletResponse response, Locale locale) {
        var startable = starts.find(id);
        var outcome = starts.start(citizen, startable, submitted);
        if (outcome instanceof CitizenStarts.Outcome.Started started) {
            redirect.addFlashAttribute("started", startable.title().in(locale));
            return "redirect:" + PortalSecurity.HOME + "/saker/" + started.lifeEventCase().reference().value();
        }
        if (outcome instanceof CitizenStarts.Outcome.Invalid invalid) {
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            return startPage(citizen, startable, submitted, formErrors.of(startable.form(), invalid.problems(), locale), null, model,
                    locale);
        }
        var refused = (CitizenStarts.Outcome.Refused) outcome;
        response.setStatus(HttpStatus.FORBIDDEN.value());
        var reason = messages.getMessage(refused.messageKey(), null, refused.messageKey(), locale);
        boolean onField = refused.field() != null && startable.form().fields().fields().containsKey(refused.field());
        return startPage(citizen, startable, submitted, onField ? Map.of(refused.field(), reason) : Map.of(), onField ? null : reason,
                model, locale);
    }

    private String startPage(CitizenUser citizen, CitizenStarts.Startable startable, MultiValueMap<String, String> entered,
                             Map<String, String> errors, String refusal, Model model, Locale locale) {
        var components = startable.form().components(entered, errors, Language.of(locale));
        model.addAttribute("lifeEvent", startable);
        model.addAttribute("allowed", startable.allows(citizen));
        model.addAttribute("components", components);
        model.addAttribute("problems", components.stream().filter(component -> component.error() != null).toList());
        model.addAttribute("refusal", refusal);
        model.addAttribute("citizen", citizen);
        return "portal/start";
    }

    @GetMapping(PortalSecurity.HOME + "/saker/{reference}")
    String oneCase(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, Model model, Locale locale) {
        model.addAttribute("case", cases.details(citizen.fodselsnummer(), reference, Language.of(locale)));
        model.addAttribute("citizen", citizen);
        return "portal/case";
    }

    /** The deceased's estate for an entitled heir; anyone else gets the "not found" page (docs/adr/0063). */
    @GetMapping(PortalSecurity.HOME + "/saker/{reference}/dodsbo")
    String estateOverview(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, Model model) {
        var overview = estate.show(citizen.fodselsnummer(), reference);
        var lifeEventCase = cases.find(citizen.fodselsnummer(), reference).orElseThrow(CaseNotFound::new);
        model.addAttribute("case", CaseSummary.of(lifeEventCase, lifeEvents));
        model.addAttribute("estate", overview);
        model.addAttribute("citizen", citizen);
        return "portal/estate-overview";
    }

    @GetMapping(PortalSecurity.HOME + "/saker/{reference}/oppgaver/{taskId}")
    String task(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, @PathVariable String taskId,
                Model model, Locale locale) {
        return taskPage(citizen, reference, taskId, new LinkedMultiValueMap<>(), List.of(), model, locale);
    }

    /** The answers to a task: completed and back to the case when valid, else the form again with its problems. */
    @PostMapping(PortalSecurity.HOME + "/saker/{reference}/oppgaver/{taskId}")
    String answer(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String reference, @PathVariable String taskId,
                  @RequestParam MultiValueMap<String, String> submitted, Model model, RedirectAttributes redirect,
                  HttpServletResponse response, Locale locale) {
        var task = cases.task(citizen.fodselsnummer(), reference, taskId, Language.of(locale)).orElseThrow(CaseNotFound::new);
        var problems = taskForms.answer(citizen.fodselsnummer(), reference, taskId, submitted);
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("answered", task.name());
            return "redirect:" + PortalSecurity.HOME + "/saker/" + reference;
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        return taskPage(citizen, reference, taskId, submitted, problems, model, locale);
    }

    private String taskPage(CitizenUser citizen, String reference, String taskId, MultiValueMap<String, String> entered,
                            List<FormValues.Refusal> problems, Model model, Locale locale) {
        var lifeEventCase = cases.find(citizen.fodselsnummer(), reference).orElseThrow(CaseNotFound::new);
        var task = cases.task(citizen.fodselsnummer(), reference, taskId, Language.of(locale)).orElseThrow(CaseNotFound::new);
        model.addAttribute("case", CaseSummary.of(lifeEventCase, lifeEvents));
        model.addAttribute("task", task);
        model.addAttribute("citizen", citizen);
        model.addAttribute("evidence", evidence.forTask(citizen.fodselsnummer(), reference, taskId));
        taskForms.form(citizen.fodselsnummer(), reference, taskId).ifPresent(form -> {
            var components = form.components(entered, formErrors.of(form, problems, locale), Language.of(locale));
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

    @ExceptionHandler(CitizenStarts.NotStartable.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String lifeEventNotFound() {
        return "portal/start-not-found";
    }

    @ExceptionHandler(CaseNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "portal/not-found";
    }
}
