package no.lifecase.trigger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.lifecase.casefile.CaseType;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;

/** Cases in memory, for the router's tests: every running case waits for every message unless told otherwise. */
class FakeCases implements CaseOpening, CaseCorrelation {

    record Opened(CaseType lifeEvent, Fodselsnummer subject, Organisasjonsnummer organisation, String reference,
                  Map<String, Object> facts) {
    }

    record Delivered(String reference, String messageName, Map<String, Object> variables) {
    }

    final List<Opened> opened = new ArrayList<>();
    final List<Delivered> delivered = new ArrayList<>();
    private final Set<String> running = new HashSet<>();
    private final Set<String> ended = new HashSet<>();
    private final Set<String> messagesNotAwaited = new HashSet<>();

    @Override
    public EventOutcome openForPerson(CaseType lifeEvent, Fodselsnummer subject, String sourceEventKey, Map<String, Object> facts) {
        return open(lifeEvent, subject, null, facts);
    }

    final List<String> reopened = new ArrayList<>();

    @Override
    public EventOutcome reopenForPerson(CaseType lifeEvent, Fodselsnummer subject, String why) {
        var existing = opened.stream().filter(o -> o.lifeEvent().equals(lifeEvent) && o.subject().equals(subject)).findFirst();
        if (existing.isEmpty() || !ended.remove(key(lifeEvent, subject))) {
            return EventOutcome.skipped(SkipReason.CASE_NOT_WAITING, lifeEvent);
        }
        running.add(key(lifeEvent, subject));
        reopened.add(existing.get().reference());
        return EventOutcome.opened(lifeEvent, subject, existing.get().reference());
    }

    @Override
    public EventOutcome openForOrganisation(CaseType lifeEvent, Organisasjonsnummer organisation, Fodselsnummer founder,
            String sourceEventKey) {
        return open(lifeEvent, founder, organisation, Map.of());
    }

    private EventOutcome open(CaseType lifeEvent, Fodselsnummer subject, Organisasjonsnummer organisation, Map<String, Object> facts) {
        var reference = "LE-2026-%06d".formatted(opened.size() + 1);
        opened.add(new Opened(lifeEvent, subject, organisation, reference, facts));
        running.add(key(lifeEvent, subject));
        return EventOutcome.opened(lifeEvent, subject, reference);
    }

    /** The case's process has ended; the feed still remembers opening it. */
    void end(CaseType lifeEvent, Fodselsnummer subject) {
        running.remove(key(lifeEvent, subject));
        ended.add(key(lifeEvent, subject));
    }

    void doesNotAwait(String messageName) {
        messagesNotAwaited.add(messageName);
    }

    List<Opened> openedFor(CaseType lifeEvent) {
        return opened.stream().filter(opening -> opening.lifeEvent().equals(lifeEvent)).toList();
    }

    @Override
    public boolean hasCase(CaseType lifeEvent, Fodselsnummer subject) {
        return running.contains(key(lifeEvent, subject)) || ended.contains(key(lifeEvent, subject));
    }

    @Override
    public boolean hasRunningCase(CaseType lifeEvent, Fodselsnummer subject) {
        return running.contains(key(lifeEvent, subject));
    }

    @Override
    public EventOutcome correlate(CaseType lifeEvent, Fodselsnummer subject, String messageName,
            Map<String, Object> variables) {
        if (!hasRunningCase(lifeEvent, subject)) {
            return EventOutcome.skipped(SkipReason.NO_RUNNING_CASE, lifeEvent);
        }
        if (messagesNotAwaited.contains(messageName)) {
            return EventOutcome.skipped(SkipReason.CASE_NOT_WAITING, lifeEvent);
        }
        var reference = opened.stream()
                .filter(opening -> opening.lifeEvent().equals(lifeEvent) && opening.subject().equals(subject))
                .reduce((first, second) -> second).orElseThrow().reference();
        delivered.add(new Delivered(reference, messageName, Map.copyOf(variables)));
        return EventOutcome.correlated(lifeEvent, reference);
    }

    private static String key(CaseType lifeEvent, Fodselsnummer subject) {
        return lifeEvent.id() + "/" + subject.value();
    }
}
