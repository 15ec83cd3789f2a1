package no.lifecase.caseworker;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import no.lifecase.language.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The case of a task as a few lines of text for Tasklist, where every agency form shows it through one text component
 * that says {@code {{caseContext}}} (docs/adr/0059). Markdown, one paragraph per line, as form-js renders it.
 */
@Component
class CaseContextText {

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);

    private final MessageSource messages;

    CaseContextText(MessageSource messages) {
        this.messages = messages;
    }

    String of(CaseContext context, Language language) {
        var lines = new ArrayList<String>();
        lines.add("**" + (context.lifeEventName() == null ? message("context.case", language, context.caseRef())
                : message("context.case.lifeEvent", language, context.caseRef(), context.lifeEventName())) + "**");
        if (context.person() != null) {
            lines.add(message("context.person", language, person(context.person(), language)));
        }
        if (!context.parents().isEmpty()) {
            lines.add(message("context.parents", language,
                    context.parents().stream().map(parent -> person(parent, language)).collect(Collectors.joining("; "))));
        }
        var protectedAddress = context.person() != null && context.person().addressProtected()
                || context.parents().stream().anyMatch(CaseContext.Person::addressProtected);
        if (protectedAddress) {
            lines.add(message("context.address.protected", language));
        } else if (context.person() != null && context.person().address() != null) {
            lines.add(message("context.address", language, context.person().address()));
        }
        if (context.notice() != null) {
            lines.add(context.notice());
        }
        if (!context.registerReads().isEmpty()) {
            lines.add(message("context.reads", language, context.registerReads().stream()
                    .map(read -> read.register() + " (" + String.join(", ", read.fields()) + ")").distinct()
                    .collect(Collectors.joining("; "))));
        }
        if (context.recommendation() != null) {
            lines.add(recommendation(context.recommendation(), language));
        }
        lines.add(message("context.timeline", language, context.timeline()));
        return String.join("\n\n", lines);
    }

    private String recommendation(CaseContext.Recommendation recommendation, Language language) {
        var text = new StringBuilder(message("context.recommendation", language,
                recommendation.outcomeText() == null ? message("context.recommendation.none", language) : recommendation.outcomeText(),
                recommendation.rule() == null ? "" : recommendation.rule() + (recommendation.ruleVersion() == null ? "" : " v" + recommendation.ruleVersion())));
        if (recommendation.reasons() != null && !recommendation.reasons().isBlank()) {
            text.append(" ").append(plain(recommendation.reasons()));
        }
        var facts = recommendation.facts().stream()
                .map(fact -> plain(fact.label()) + ": " + fact.value() + (fact.register() == null ? "" : " (" + fact.register() + ")"))
                .collect(Collectors.joining("; "));
        if (!facts.isEmpty()) {
            text.append("\n\n").append(message("context.recommendation.facts", language, facts));
        }
        return text.toString();
    }

    private String person(CaseContext.Person person, Language language) {
        var parts = new ArrayList<String>(List.of(plain(person.name())));
        if (person.age() != null) {
            parts.add(message("context.age", language, person.age()));
        }
        if (person.birthDate() != null) {
            parts.add(message("context.born", language,
                    (language == Language.EN ? ENGLISH_DATE : NORWEGIAN_DATE).format(person.birthDate())));
        }
        return String.join(", ", parts);
    }

    /** A newborn's temporary name ("JENTE*PIKE") is not emphasis: markdown's marks are written as they are. */
    private static String plain(String text) {
        return text.replaceAll("([\\\\*_`\\[\\]#<>])", "\\\\$1");
    }

    private String message(String key, Language language, Object... arguments) {
        return messages.getMessage(key, arguments, language.locale());
    }
}
