package no.lifecase.portal;

import java.util.Locale;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.CitizenDocuments;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The citizen's letters and decisions: the inbox, and each document as an HTML page and as a PDF. A document the
 * citizen may not read is "not found", like a missing one.
 */
@Controller
class InboxPages {

    static final String INBOX = PortalSecurity.HOME + "/dokumenter";

    private final CitizenInbox inbox;
    private final CitizenDocuments documents;
    private final DocumentPdf pdf;
    private final MessageSource messages;
    private final PortalDates dates;
    private final AppealPanel.Builder appealPanels;

    InboxPages(CitizenInbox inbox, CitizenDocuments documents, DocumentPdf pdf, MessageSource messages, PortalDates dates,
               AppealPanel.Builder appealPanels) {
        this.inbox = inbox;
        this.documents = documents;
        this.pdf = pdf;
        this.messages = messages;
        this.dates = dates;
        this.appealPanels = appealPanels;
    }

    @GetMapping(INBOX)
    String inbox(@AuthenticationPrincipal CitizenUser citizen, Locale locale, Model model) {
        model.addAttribute("documents", inbox.of(citizen.fodselsnummer(), locale));
        model.addAttribute("citizen", citizen);
        return "portal/inbox";
    }

    @GetMapping(INBOX + "/{id}")
    String document(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id, Model model, Locale locale) {
        return page(citizen, open(citizen, id), model, locale);
    }

    /** The document's page, with what may be done about it (appeal, review: docs/adr/0056) in the reader's language. */
    String page(CitizenUser citizen, CitizenDocument document, Model model, Locale locale) {
        model.addAttribute("document", view(document));
        model.addAttribute("appeal", appealPanels.of(document, locale));
        model.addAttribute("citizen", citizen);
        return "portal/document";
    }

    @GetMapping(INBOX + "/{id}/pdf")
    ResponseEntity<byte[]> documentPdf(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id) {
        var document = view(open(citizen, id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(document.id() + ".pdf").build().toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, document.language())
                .body(pdf.of(document));
    }

    @ExceptionHandler(DocumentNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "portal/document-not-found";
    }

    CitizenDocument open(CitizenUser citizen, String id) {
        return inbox.open(citizen.fodselsnummer(), id).orElseThrow(DocumentNotFound::new);
    }

    private DocumentView view(CitizenDocument document) {
        return DocumentView.of(document, documents.content(document),
                documents.agencyName(document.senderAgency(), document.language()), messages, dates);
    }

    /** No such document, or not one this citizen may read: the same answer for both. */
    static class DocumentNotFound extends RuntimeException {

        DocumentNotFound() {
            super("No such document", null, false, false);
        }
    }
}
