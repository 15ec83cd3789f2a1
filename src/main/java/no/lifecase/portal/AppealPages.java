package no.lifecase.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import no.lifecase.agency.appeal.AppealKind;
import no.lifecase.agency.appeal.AppealRefused;
import no.lifecase.agency.appeal.Appeals;
import no.lifecase.agency.documents.CitizenDocument;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The appeal and review forms on a decision's page (docs/adr/0056). Whoever may read the decision (its recipient, or
 * someone who may act for them) may appeal it; anyone else gets the same "not found" as for reading it. A refused
 * text comes back on the page with the reason by the field, and nothing is stored.
 */
@Controller
class AppealPages {

    /** The ids of the two text fields on the page, which the error summary links to. */
    static final String APPEAL_FIELD = "klage-tekst";
    static final String REVIEW_FIELD = "vurdering-tekst";

    private final InboxPages inboxPages;
    private final Appeals appeals;
    private final CitizenInbox inbox;
    private final MessageSource messages;
    private final AutomatedDecisions automated;

    AppealPages(InboxPages inboxPages, Appeals appeals, CitizenInbox inbox, MessageSource messages, AutomatedDecisions automated) {
        this.automated = automated;
        this.inboxPages = inboxPages;
        this.appeals = appeals;
        this.inbox = inbox;
        this.messages = messages;
    }

    @PostMapping(InboxPages.INBOX + "/{id}/klage")
    String appeal(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id, @RequestParam(required = false) String text,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return submit(citizen, id, text, AppealKind.APPEAL, model, redirect, response, locale);
    }

    @PostMapping(InboxPages.INBOX + "/{id}/ny-vurdering")
    String review(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id, @RequestParam(required = false) String text,
                  Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        return submit(citizen, id, text, AppealKind.REVIEW, model, redirect, response, locale);
    }

    private String submit(CitizenUser citizen, String id, String text, AppealKind kind, Model model, RedirectAttributes redirect,
                          HttpServletResponse response, Locale locale) {
        var document = inboxPages.open(citizen, id);
        try {
            var sent = kind == AppealKind.APPEAL ? appeals.appeal(document, citizen.fodselsnummer(), text)
                    : appeals.requestReview(document, citizen.fodselsnummer(), text, automated.automated(document));
            redirect.addFlashAttribute("sent", messages.getMessage("appeal.sent." + kind, new Object[] {
                    inbox.agencyName(sent.decidingAgency(), locale)}, locale));
            return "redirect:" + InboxPages.INBOX + "/" + document.id() + "#" + (kind == AppealKind.APPEAL ? "klage" : "ny-vurdering");
        } catch (AppealRefused refused) {
            response.setStatus(refused.reason().aboutTheText() ? HttpStatus.UNPROCESSABLE_ENTITY.value() : HttpStatus.CONFLICT.value());
            model.addAttribute("problem", reason(refused, document, locale));
            model.addAttribute("problemField", refused.reason().aboutTheText() ? (kind == AppealKind.APPEAL ? APPEAL_FIELD : REVIEW_FIELD) : null);
            model.addAttribute(kind == AppealKind.APPEAL ? "appealText" : "reviewText", text);
            return inboxPages.page(citizen, document, model, locale);
        }
    }

    @ExceptionHandler(InboxPages.DocumentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "portal/document-not-found";
    }

    private String reason(AppealRefused refused, CitizenDocument document, Locale locale) {
        Object value = switch (refused.reason()) {
            case TEXT_TOO_LONG -> Appeals.MAX_TEXT;
            case NO_APPEAL_BODY -> inbox.agencyName(document.senderAgency(), locale);
            default -> "";
        };
        return messages.getMessage("appeal.error." + refused.reason(), new Object[] {value}, locale);
    }
}
