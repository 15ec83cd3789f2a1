package no.lifecase.portal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.agency.documents.DocumentKind;
import no.lifecase.register.krr.ContactChannel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen's letters and decisions as JSON, with the same rule as the pages: a document the citizen may not read
 * answers 404, like a missing one (docs/adr/0054).
 */
@RestController
@RequestMapping(PortalSecurity.API)
@Tag(name = "My letters and decisions", description = "The letters and decisions sent to the logged-in citizen")
class CitizenDocumentsApi {

    private final CitizenInbox inbox;
    private final CitizenDocuments documents;

    CitizenDocumentsApi(CitizenInbox inbox, CitizenDocuments documents) {
        this.inbox = inbox;
        this.documents = documents;
    }

    @GetMapping("/documents")
    @Operation(operationId = "listMyDocuments", summary = "My letters and decisions",
            description = "Everything sent to the logged-in citizen and to the people they act for, newest first; names in the language asked for")
    @ApiResponse(responseCode = "200", description = "The documents; empty if there are none")
    List<DocumentSummary> myDocuments(@AuthenticationPrincipal CitizenUser citizen, Locale locale) {
        return inbox.of(citizen.fodselsnummer(), locale).stream().map(DocumentSummary::of).toList();
    }

    @GetMapping("/documents/{id}")
    @Operation(operationId = "getMyDocument", summary = "One letter or decision",
            description = "The document as it was written when sent, in the language it was sent in. Read by its recipient, it is no longer unread.")
    @ApiResponse(responseCode = "200", description = "The document")
    @ApiResponse(responseCode = "404", description = "No such document, or not one the citizen may read")
    DocumentDetails oneDocument(@AuthenticationPrincipal CitizenUser citizen, @PathVariable String id) {
        var document = inbox.open(citizen.fodselsnummer(), id).orElseThrow(InboxPages.DocumentNotFound::new);
        return new DocumentDetails(document.id(), document.kind(), document.title(), document.language().tag(), document.sentAt(),
                documents.agencyName(document.senderAgency(), document.language()), document.caseRef(), document.channel(),
                documents.content(document).sections().stream()
                        .map(section -> new Section(section.heading(), section.paragraphs(), section.facts().stream()
                                .map(fact -> new Fact(fact.label(), fact.value(), fact.source())).toList()))
                        .toList());
    }

    @ExceptionHandler(InboxPages.DocumentNotFound.class)
    ProblemDetail notFound() {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No letter or decision with that id that you may read");
        problem.setTitle("Document not found");
        return problem;
    }

    @Schema(name = "DocumentSummary", description = "A letter or decision in the citizen's inbox")
    record DocumentSummary(String id, DocumentKind kind, String title,
                           @Schema(description = "The language it was written in: nb, nn or en", example = "nn") String language,
                           Instant sentAt, @Schema(example = "Arbeids- og velferdsetaten (Nav)") String sender,
                           @Schema(example = "LE-2026-000123") String caseReference, @Nullable String caseTitle,
                           @Schema(description = "Digital mailbox or post, as the contact register said") ContactChannel channel,
                           boolean unread,
                           @Nullable @Schema(description = "The masked number of the recipient, when it is someone the citizen acts for")
                           String forSomeoneElse) {

        static DocumentSummary of(CitizenInbox.Entry entry) {
            return new DocumentSummary(entry.id(), entry.kind(), entry.title(), entry.language(), entry.sentAt(), entry.sender(),
                    entry.caseRef(), entry.caseTitle(), entry.channel(), entry.unread(), entry.forSomeoneElse());
        }
    }

    @Schema(name = "DocumentDetails", description = "A letter or decision as it was written when sent")
    record DocumentDetails(String id, DocumentKind kind, String title, String language, Instant sentAt, String sender,
                           String caseReference, ContactChannel channel, List<Section> sections) {
    }

    @Schema(name = "DocumentSection", description = "A part of a document: a heading, paragraphs and, in a decision, the facts it rests on")
    record Section(@Nullable String heading, List<String> paragraphs, List<Fact> facts) {
    }

    @Schema(name = "DocumentFact", description = "A fact a decision rests on, and the register it came from")
    record Fact(@Schema(example = "Barnets fødselsdato") String label, @Schema(example = "1. mars 2027") String value,
                @Schema(example = "Folkeregisteret") String source) {
    }
}
