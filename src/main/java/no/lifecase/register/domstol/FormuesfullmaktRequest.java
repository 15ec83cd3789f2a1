package no.lifecase.register.domstol;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * The heirs ask the district court for a formuesfullmakt: insight into the deceased's assets and debts before they
 * choose how the estate is settled (docs/adr/0064). The field names follow the courts' estate-case JSON
 * ({@code parter[].nin}, {@code parter[].formuesfullmakt}); the request itself is UNVERIFIED against domstol.no.
 *
 * @param embeteId the court, e.g. TSRO
 * @param arvinger the heirs' fødselsnumre
 */
public record FormuesfullmaktRequest(String avdode, String embeteId, List<String> arvinger) {

    /** The court's answer: every heir asked for, with whether the court gave them the formuesfullmakt. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Answer(String saksnummer, String embeteId, List<Party> parter) {

        public Answer {
            parter = parter == null ? List.of() : List.copyOf(parter);
        }

        /** The heirs the court gave a formuesfullmakt. */
        public List<String> granted() {
            return parter.stream().filter(party -> Boolean.TRUE.equals(party.formuesfullmakt())).map(Party::nin).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Party(String nin, Boolean formuesfullmakt) {
    }
}
