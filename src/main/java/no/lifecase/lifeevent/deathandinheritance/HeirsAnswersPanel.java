package no.lifecase.lifeevent.deathandinheritance;

import java.util.Locale;
import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.JointAnswers;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Who of the heirs has answered how the estate is settled, by name, on the death case's page (docs/adr/0061). An heir
 * sees every heir's choice, since they decide together; a guardian who answers for a minor heir sees the choices they
 * gave and, for the others, only whether they have answered.
 */
@Component
class HeirsAnswersPanel implements JointAnswers {

    private final HeirDeclarations declarations;
    private final MessageSource messages;

    HeirsAnswersPanel(HeirDeclarations declarations, MessageSource messages) {
        this.declarations = declarations;
        this.messages = messages;
    }

    @Override
    public Optional<Panel> onCase(String caseReference, Fodselsnummer reader, Locale locale) {
        var heirs = declarations.of(caseReference);
        if (heirs.isEmpty()) {
            return Optional.empty();
        }
        boolean readerIsAnHeir = heirs.stream().anyMatch(heir -> heir.heir().equals(reader.value()));
        var answers = heirs.stream().map(heir -> new Answer(heir.name(), status(heir,
                readerIsAnHeir || heir.answeredBy().equals(reader.value()), locale))).toList();
        return Optional.of(new Panel(text("heirs.answers.heading", locale), text("heirs.answers.intro", locale), answers));
    }

    private String status(HeirDeclarations.Heir heir, boolean mayReadTheChoice, Locale locale) {
        if (!heir.answered()) {
            return text("heirs.answers.notYet", locale);
        }
        if (!mayReadTheChoice) {
            return text("heirs.answers.answered", locale);
        }
        var choice = text("heirs.answers.choice." + heir.choice(), locale);
        return heir.takesOnDebts() ? text("heirs.answers.answeredTakingOnDebts", locale, choice)
                : text("heirs.answers.answeredWith", locale, choice);
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
