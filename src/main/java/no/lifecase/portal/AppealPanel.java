package no.lifecase.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import no.lifecase.agency.appeal.AppealKind;
import no.lifecase.agency.appeal.AppealStage;
import no.lifecase.agency.appeal.Appeals;
import no.lifecase.agency.appeal.DecisionAppeal;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.DocumentKind;
import no.lifecase.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a decision's page says about appealing it, in the reader's language (docs/adr/0056): the deadline, whether the
 * citizen may ask for a caseworker, and where each earlier appeal or request is now.
 *
 * @param decision  whether the document is a decision at all: a letter has no panel
 * @param automated whether the rules took the decision alone, so a review may be asked for
 */
record AppealPanel(boolean decision, String deadline, boolean deadlinePassed, boolean automated, String intro,
                   String reviewIntro, List<Earlier> earlier, int maxText) {

    /** An appeal or request already sent: when, where it is, and once decided, the outcome and the reasons. */
    record Earlier(String sent, boolean late, String stage, @Nullable String outcome, @Nullable String answer) {
    }

    /** Builds the panel from the appeals Lifecase holds; templates never reach the agency room themselves. */
    @Component
    static class Builder {

        private final Appeals appeals;
        private final CitizenInbox inbox;
        private final MessageSource messages;
        private final PortalDates dates;
        private final Clock clock;
        private final AutomatedDecisions automated;

        Builder(Appeals appeals, CitizenInbox inbox, MessageSource messages, PortalDates dates, Clock clock,
                AutomatedDecisions automated) {
            this.automated = automated;
            this.appeals = appeals;
            this.inbox = inbox;
            this.messages = messages;
            this.dates = dates;
            this.clock = clock;
        }

        AppealPanel of(CitizenDocument document, Locale locale) {
            // A letter, and the appeal body's final decision (which says so itself), offer no appeal.
            if (document.kind() != DocumentKind.DECISION || appeals.isFinal(document)) {
                return new AppealPanel(false, "", false, false, "", "", List.of(), Appeals.MAX_TEXT);
            }
            var deadline = appeals.deadline(document);
            var agency = inbox.agencyName(document.senderAgency(), locale);
            var body = appeals.appealBody(document).map(id -> inbox.agencyName(id, locale)).orElse(agency);
            var passed = LocalDate.now(clock.withZone(PortalDates.NORWAY)).isAfter(deadline);
            var deadlineText = passed ? text("appeal.deadline.passed", locale, inWords(deadline, locale), agency)
                    : text("appeal.deadline", locale, inWords(deadline, locale));
            var earlier = appeals.against(document).stream().map(appeal -> earlier(appeal, locale)).toList();
            return new AppealPanel(true, deadlineText, passed, automated.automated(document), text("appeal.intro", locale, agency, body),
                    text("review.intro", locale, agency), earlier, Appeals.MAX_TEXT);
        }

        private Earlier earlier(DecisionAppeal appeal, Locale locale) {
            var holder = inbox.agencyName(appeal.heldBy(), locale);
            var stage = appeal.stage() == AppealStage.WITH_APPEAL_BODY
                    ? text("appeal.stage.WITH_APPEAL_BODY", locale, inbox.agencyName(appeal.decidingAgency(), locale), holder)
                    : text("appeal.stage." + appeal.stage(), locale, holder);
            var decided = appeal.stage() == AppealStage.DECIDED;
            return new Earlier(text("appeal.earlier." + appeal.kind(), locale, dates.date(appeal.receivedAt(), locale)),
                    appeal.kind() == AppealKind.APPEAL && appeal.late(), stage,
                    decided ? appeal.outcome().map(outcome -> text("appeal.outcome." + outcome, locale)).orElse(null) : null,
                    decided ? appeal.answer().map(answer -> text("appeal.answer", locale, answer)).orElse(null) : null);
        }

        private String text(String key, Locale locale, Object... values) {
            return messages.getMessage(key, values, key, locale);
        }

        private static String inWords(LocalDate date, Locale locale) {
            var written = Language.of(locale) == Language.EN ? DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK)
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Language.of(locale).locale());
            return written.format(date);
        }
    }
}
