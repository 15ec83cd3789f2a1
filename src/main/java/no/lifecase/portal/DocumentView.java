package no.lifecase.portal;

import java.util.List;
import java.util.Locale;
import no.lifecase.agency.documents.CitizenDocument;
import no.lifecase.agency.documents.DocumentContent;
import org.springframework.context.MessageSource;

/**
 * A letter or decision ready to show: its own words as sent, and the lines around them (sender, date, case, channel)
 * in the document's language, so the whole document reads in one language on the page and in the PDF.
 */
record DocumentView(String id, String language, String title, String kind, String sender, String sentOn, String caseLine,
                    String channel, List<DocumentContent.Section> sections, String factLabel, String registerLabel) {

    static DocumentView of(CitizenDocument document, DocumentContent content, String senderName, MessageSource messages,
                           PortalDates dates) {
        var locale = document.language().locale();
        return new DocumentView(document.id(), document.language().tag(), document.title(),
                text(messages, "inbox.kind." + document.kind(), locale),
                text(messages, "inbox.from", locale) + " " + senderName,
                text(messages, "inbox.sent", locale) + " " + dates.date(document.sentAt(), locale),
                text(messages, "inbox.case", locale) + " " + document.caseRef(),
                text(messages, "inbox.channel." + document.channel(), locale),
                content.sections(),
                text(messages, "document.fact", locale),
                text(messages, "document.register", locale));
    }

    private static String text(MessageSource messages, String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
