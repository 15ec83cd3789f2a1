package no.lifecase.register.krr;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import org.springframework.stereotype.Service;

/** Decides, with one KRR lookup for all of them, whether each person gets digital mail or a paper letter. */
@Service
public class ContactChannels {

    /** The fields the contact rule reads; logged on the case for each person. */
    static final List<String> FIELDS = List.of("status", "reservasjon", "varslingsstatus", "kontaktinformasjon");

    private final KrrClient krr;
    private final DataAccessLog accessLog;

    ContactChannels(KrrClient krr, DataAccessLog accessLog) {
        this.krr = krr;
        this.accessLog = accessLog;
    }

    /** Each person's channel, in the order given; a person KRR leaves out of its answer gets paper. */
    public Map<Fodselsnummer, ContactChannel> of(Collection<Fodselsnummer> persons, CaseReference caseReference) {
        var distinct = persons.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return Map.of();
        }
        var answers = krr.personer(distinct).stream()
                .filter(person -> person.personidentifikator() != null)
                .collect(Collectors.toMap(KrrPerson::personidentifikator, Function.identity(), (first, second) -> first));
        var channels = new LinkedHashMap<Fodselsnummer, ContactChannel>();
        for (var person : distinct) {
            accessLog.record(caseReference, KrrClient.REGISTER, AccessPurpose.CONTACT_INFORMATION, person.value(), FIELDS);
            channels.put(person, ContactChannel.of(answers.get(person.value())));
        }
        return channels;
    }
}
