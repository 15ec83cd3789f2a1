package no.lifecase.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import no.lifecase.casefile.CaseStatus;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.LifeEvents;
import org.springframework.lang.Nullable;

/** One of the citizen's cases, as listed on "My cases". */
@Schema(description = "A life-event case that concerns the logged-in citizen")
public record CaseSummary(
        @Schema(example = "LE-2026-000123") String reference,
        @Schema(example = "having-a-child") String lifeEvent,
        Title title,
        CaseStatus status,
        Instant openedAt,
        @Nullable Instant closedAt) {

    /** The life event's name in bokmål, nynorsk and English. */
    public record Title(@Schema(example = "Alvorlig sykt barn") String nb, @Schema(example = "Alvorleg sjukt barn") String nn,
                        @Schema(example = "Seriously ill child") String en) {

        static Title of(Text text) {
            return new Title(text.nb(), text.nn(), text.en());
        }

        public String in(Locale locale) {
            return new Text(nb, nn, en).in(locale);
        }
    }

    static CaseSummary of(LifeEventCase lifeEventCase, LifeEvents lifeEvents) {
        return new CaseSummary(lifeEventCase.reference().value(), lifeEventCase.lifeEventId(),
                titleOf(lifeEvents, lifeEventCase.lifeEventId(), lifeEventCase.variant()),
                lifeEventCase.status(), lifeEventCase.openedAt(), lifeEventCase.closedAt());
    }

    /** The title of a case of this variant of the life event (a stillbirth is not "Having a child"); null: its usual title. */
    static Title titleOf(LifeEvents lifeEvents, String lifeEventId, String variant) {
        return lifeEvents.find(lifeEventId)
                .map(event -> event.title(variant))
                .map(Title::of)
                .orElse(new Title(lifeEventId, lifeEventId, lifeEventId));
    }

    static Title titleOf(LifeEvents lifeEvents, String lifeEventId) {
        return lifeEvents.find(lifeEventId)
                .map(event -> Title.of(event.title()))
                .orElse(new Title(lifeEventId, lifeEventId, lifeEventId));
    }
}
