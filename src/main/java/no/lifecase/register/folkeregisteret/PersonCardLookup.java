package no.lifecase.register.folkeregisteret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.springframework.stereotype.Service;

/**
 * Reads who the people of a case are for the caseworker who works one of its tasks: names, birth dates, the parents of
 * a child and, only when the task needs it and it is not protected, the home address. Each read is logged on the case
 * with the case's purpose, like every other register read, so the citizen sees that the agency looked them up.
 */
@Service
public class PersonCardLookup {

    static final Set<String> PARENT_ROLES = Set.of("mor", "far", "medmor");

    private final FolkeregisteretClient folkeregisteret;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;

    PersonCardLookup(FolkeregisteretClient folkeregisteret, DataAccessLog accessLog, CasePurpose purpose) {
        this.folkeregisteret = folkeregisteret;
        this.accessLog = accessLog;
        this.purpose = purpose;
    }

    /**
     * @param withAddress whether the task needs the home address; a protected one is never given
     * @return empty if the register does not know the person
     * @throws RegisterUnavailable if the register is away, failing or throttling
     */
    public Optional<PersonCard> of(Fodselsnummer person, CaseReference caseReference, boolean withAddress) {
        var document = folkeregisteret.person(person, Set.of(Part.PERSON_BASIS));
        if (document.isEmpty()) {
            return Optional.empty();
        }
        var card = card(person, document.get(), withAddress);
        var fields = new ArrayList<>(List.of("navn", "foedsel.foedselsdato", "adressebeskyttelse"));
        if (card.address() != null) {
            fields.add("bostedsadresse");
        }
        accessLog.record(caseReference, FolkeregisteretClient.REGISTER, purpose.of(caseReference), person.value(), fields);
        return Optional.of(card);
    }

    /**
     * The parents of a child as the register relates them (mother, father, co-mother), each with their card.
     *
     * @throws RegisterUnavailable if the register is away, failing or throttling
     */
    public List<PersonCard> parentsOf(Fodselsnummer child, CaseReference caseReference, boolean withAddress) {
        var document = folkeregisteret.person(child, Set.of(Part.RELASJON_UTVIDET));
        if (document.isEmpty()) {
            return List.of();
        }
        accessLog.record(caseReference, FolkeregisteretClient.REGISTER, purpose.of(caseReference), child.value(), List.of("familierelasjon"));
        var parents = new ArrayList<PersonCard>();
        Folkeregisterperson.current(document.get().familierelasjon()).filter(relation -> PARENT_ROLES.contains(relation.relatertPersonsRolle()))
                .map(Folkeregisterperson.Familierelasjon::relatertPerson)
                .filter(Fodselsnummer::isValid)
                .distinct()
                .forEach(parent -> of(Fodselsnummer.parse(parent), caseReference, withAddress).ifPresent(parents::add));
        return parents;
    }

    private static PersonCard card(Fodselsnummer person, Folkeregisterperson document, boolean withAddress) {
        String name = Folkeregisterperson.current(document.navn()).findFirst()
                .map(PersonCardLookup::fullName).orElse("");
        boolean protectedAddress = document.hasProtectedAddress();
        PersonCard.Address address = null;
        if (withAddress && !protectedAddress) {
            address = Folkeregisterperson.current(document.bostedsadresse()).map(Folkeregisterperson.Bostedsadresse::vegadresse)
                    .filter(road -> road != null && road.adressenavn() != null)
                    .findFirst().map(PersonCardLookup::address).orElse(null);
        }
        return new PersonCard(person.value(), name, document.birthDate().orElse(null), protectedAddress, address);
    }

    private static String fullName(Folkeregisterperson.Navn name) {
        var parts = new ArrayList<String>();
        for (var part : new String[] {name.fornavn(), name.mellomnavn(), name.etternavn()}) {
            if (part != null && !part.isBlank()) {
                parts.add(part);
            }
        }
        return String.join(" ", parts);
    }

    private static PersonCard.Address address(Folkeregisterperson.Vegadresse road) {
        var number = road.adressenummer();
        String street = road.adressenavn();
        if (number != null && number.husnummer() != null) {
            street += " " + number.husnummer() + (number.husbokstav() == null ? "" : " " + number.husbokstav());
        }
        var post = road.poststed();
        return new PersonCard.Address(street, post == null ? null : post.postnummer(), post == null ? null : post.poststedsnavn(),
                road.kommunenummer());
    }
}
