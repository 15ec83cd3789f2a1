package no.lifecase.casefile;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import no.lifecase.identity.Organisasjonsnummer;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cases a page at a time, newest opened first, for staff who need a case's reference: the case API's
 * {@code GET /api/cases}. The subject is not a filter: an identity number in a URL ends up in access logs and browser
 * histories, so a caller looking for one person's case picks it from the page.
 */
@Component
class CaseList {

    static final int MAX_PAGE_SIZE = 100;

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("id"));

    private final LifeEventCaseRepository cases;
    private final CaseTypes caseTypes;

    CaseList(LifeEventCaseRepository cases, CaseTypes caseTypes) {
        this.cases = cases;
        this.caseTypes = caseTypes;
    }

    /** One case without its timeline and register reads, which {@code GET /api/cases/{reference}} adds. */
    @Schema(name = "CaseListEntry")
    record CaseSummary(String reference, String lifeEvent, String subject, @Nullable String organisation, CaseStatus status,
                       Instant openedAt, @Nullable Instant closedAt) {
    }

    record Page(int page, int size, long totalElements, int totalPages, List<CaseSummary> cases) {
    }

    /** @param lifeEvent a life event's id, or null for the cases of every life event */
    @Transactional(readOnly = true)
    Page page(String lifeEvent, int page, int size) {
        checkPage(page, size);
        if (lifeEvent != null && caseTypes.find(lifeEvent).isEmpty()) {
            throw new InvalidField("lifeEvent", "lifeEvent must be one of the known life events, see GET /api/life-events");
        }
        var request = PageRequest.of(page, size, NEWEST_FIRST);
        var found = lifeEvent == null ? cases.findAll(request) : cases.findByLifeEventId(lifeEvent, request);
        return new Page(page, size, found.getTotalElements(), found.getTotalPages(), found.map(CaseList::summary).toList());
    }

    private static CaseSummary summary(LifeEventCase lifeEventCase) {
        return new CaseSummary(lifeEventCase.reference().value(), lifeEventCase.lifeEventId(), lifeEventCase.subject().value(),
                lifeEventCase.organisation().map(Organisasjonsnummer::value).orElse(null), lifeEventCase.status(),
                lifeEventCase.openedAt(), lifeEventCase.closedAt());
    }

    /** The first case of a page must be one the database can count to (an int offset). */
    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw new InvalidField("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidField("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new InvalidField("page", "page must be at most " + Integer.MAX_VALUE / size + " with size " + size);
        }
    }
}
