package no.lifecase.evidence;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Every kind of evidence the life events declare, by id; a preview of an unknown kind is a modelling error. */
@Component
public class EvidenceSubjects {

    private final Map<String, EvidenceSubject> subjects;

    EvidenceSubjects(List<EvidenceSubject> subjects) {
        this.subjects = subjects.stream().collect(Collectors.toUnmodifiableMap(EvidenceSubject::id, Function.identity()));
    }

    /**
     * @throws IllegalArgumentException if no life event declares this subject
     */
    public EvidenceSubject find(String id) {
        var subject = subjects.get(id);
        if (subject == null) {
            throw new IllegalArgumentException("No life event declares the evidence subject " + id + "; known: " + subjects.keySet());
        }
        return subject;
    }
}
