package no.lifecase.agency;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import no.lifecase.agency.documents.CitizenDocuments;
import no.lifecase.agency.documents.Decision;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.krr.ContactChannel;
import no.lifecase.register.krr.ContactChannels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends letters and decisions about a case to people, each by digital mail or on paper as KRR says, and puts each in
 * the recipient's inbox as a document written in their language (docs/adr/0054).
 */
@Service
public class CitizenLetters {

    private static final Logger log = LoggerFactory.getLogger(CitizenLetters.class);

    private final CitizenLetterRepository letters;
    private final ContactChannels channels;
    private final LetterPost post;
    private final CitizenDocuments documents;
    private final Clock clock;

    CitizenLetters(CitizenLetterRepository letters, ContactChannels channels, LetterPost post, CitizenDocuments documents,
                   Clock clock) {
        this.letters = letters;
        this.channels = channels;
        this.post = post;
        this.documents = documents;
        this.clock = clock;
    }

    /**
     * Sends {@code letter} to each recipient. {@code sendingKey} names the step that sends (process instance
     * and activity), so a retried step posts the same letters again instead of new ones.
     */
    @Transactional
    public List<CitizenLetter> send(CaseReference reference, Collection<Fodselsnummer> recipients, String letter, String sendingKey) {
        return send(reference, channels.of(recipients, reference), letter, sendingKey);
    }

    /** As {@link #send(CaseReference, Collection, String, String)}, for recipients whose channel the case already knows. */
    @Transactional
    public List<CitizenLetter> send(CaseReference reference, Map<Fodselsnummer, ContactChannel> recipients, String letter, String sendingKey) {
        return send(reference, recipients, letter, sendingKey, sending -> documents.letter(sending, letter));
    }

    /** Sends a decision to each recipient; the letter is named after the decision. */
    @Transactional
    public List<CitizenLetter> sendDecision(CaseReference reference, Collection<Fodselsnummer> recipients, Decision decision,
                                            String sendingKey) {
        return send(reference, channels.of(recipients, reference), decision.name(), sendingKey,
                sending -> documents.decision(sending, decision));
    }

    private List<CitizenLetter> send(CaseReference reference, Map<Fodselsnummer, ContactChannel> recipients, String letter,
                                     String sendingKey, Consumer<CitizenDocuments.Sending> writeDocument) {
        var sent = recipients.entrySet().stream()
                .map(entry -> {
                    var id = UUID.nameUUIDFromBytes((sendingKey + ":" + entry.getKey().value()).getBytes(StandardCharsets.UTF_8)).toString();
                    var saved = letters.findById(id).orElseGet(() -> letters.save(
                            new CitizenLetter(id, reference.value(), entry.getKey().value(), letter, entry.getValue(), clock.instant())));
                    // Written before posting, so a letter that cannot be written (a missing text) is not posted either.
                    writeDocument.accept(new CitizenDocuments.Sending(saved.id(), saved.caseRef(), saved.recipient(),
                            saved.channel(), saved.sentAt()));
                    post.post(saved);
                    return saved;
                })
                .toList();
        log.info("Sent letter '{}' for case {} to {} recipient(s)", letter, reference, sent.size());
        return sent;
    }

    @Transactional(readOnly = true)
    public List<CitizenLetter> sentFor(String caseRef) {
        return letters.findByCaseRefOrderBySentAtAsc(caseRef);
    }
}
