package no.lifecase.simulator.population;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.lifecase.identity.Fodselsnummer;

/**
 * One person of the synthetic population, with just enough to render Folkeregisteret's person document.
 * Immutable: change a person with {@link #toBuilder()} and {@link Population#update}.
 *
 * @param identityNumber        the fødselsnummer or D-number in use (Tenor-style synthetic)
 * @param formerIdentityNumbers numbers no longer in use, e.g. the D-number of someone who got a fødselsnummer
 * @param birthMunicipality     kommunenummer of birth in Norway, null if born abroad
 * @param birthCountry          ISO 3166 alpha-3
 * @param citizenship           ISO 3166 alpha-3
 * @param deathDate             null while alive
 * @param spouse                the {@code relatertVedSivilstand}: the (late) spouse or partner, else null
 * @param address               the residence (bostedsadresse; oppholdsadresse for those not resident), or null
 * @param immigration           null for those born here who never moved in
 * @param residencePermit       null where none is needed or known
 */
public record SimulatedPerson(
        String identityNumber,
        List<String> formerIdentityNumbers,
        String givenName,
        String familyName,
        Sex sex,
        LocalDate birthDate,
        String birthMunicipality,
        String birthCountry,
        String citizenship,
        PersonStatus status,
        LocalDate deathDate,
        CivilStatus civilStatus,
        LocalDate civilStatusDate,
        String spouse,
        List<FamilyRelation> relations,
        List<ParentalResponsibility> responsibilities,
        Address address,
        AddressProtection addressProtection,
        Immigration immigration,
        ResidencePermit residencePermit) {

    public SimulatedPerson {
        formerIdentityNumbers = formerIdentityNumbers == null ? List.of() : List.copyOf(formerIdentityNumbers);
        relations = relations == null ? List.of() : List.copyOf(relations);
        responsibilities = responsibilities == null ? List.of() : List.copyOf(responsibilities);
        addressProtection = addressProtection == null ? AddressProtection.UGRADERT : addressProtection;
        civilStatus = civilStatus == null ? CivilStatus.UGIFT : civilStatus;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public Fodselsnummer fodselsnummer() {
        return Fodselsnummer.parse(identityNumber);
    }

    public boolean hasDNumber() {
        return fodselsnummer().isDNumber();
    }

    public boolean isAlive() {
        return status != PersonStatus.DOED;
    }

    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    public String fullName() {
        return givenName + " " + familyName;
    }

    public boolean hasProtectedAddress() {
        return addressProtection.isProtected();
    }

    /** Identity numbers of the children the register links to this person. */
    public List<String> children() {
        return relations.stream().filter(r -> r.relatedPersonsRole() == FamilyRole.BARN).map(FamilyRelation::relatedPerson).toList();
    }

    /** Identity numbers of the registered parents (mor, far, medmor). */
    public List<String> parents() {
        return relations.stream().filter(r -> r.relatedPersonsRole().isParent() && r.relatedPerson() != null)
                .map(FamilyRelation::relatedPerson).toList();
    }

    /** The municipality of residence, if the person has an address in Norway. */
    public Optional<String> municipalityNumber() {
        return Optional.ofNullable(address).map(Address::municipalityNumber);
    }

    /** A mutable copy, for building a new person or a changed version of one. */
    public static final class Builder {
        private String identityNumber;
        private List<String> formerIdentityNumbers = new ArrayList<>();
        private String givenName;
        private String familyName;
        private Sex sex;
        private LocalDate birthDate;
        private String birthMunicipality;
        private String birthCountry = "NOR";
        private String citizenship = "NOR";
        private PersonStatus status = PersonStatus.BOSATT;
        private LocalDate deathDate;
        private CivilStatus civilStatus = CivilStatus.UGIFT;
        private LocalDate civilStatusDate;
        private String spouse;
        private List<FamilyRelation> relations = new ArrayList<>();
        private List<ParentalResponsibility> responsibilities = new ArrayList<>();
        private Address address;
        private AddressProtection addressProtection = AddressProtection.UGRADERT;
        private Immigration immigration;
        private ResidencePermit residencePermit;

        private Builder() {
        }

        private Builder(SimulatedPerson p) {
            identityNumber = p.identityNumber;
            formerIdentityNumbers = new ArrayList<>(p.formerIdentityNumbers);
            givenName = p.givenName;
            familyName = p.familyName;
            sex = p.sex;
            birthDate = p.birthDate;
            birthMunicipality = p.birthMunicipality;
            birthCountry = p.birthCountry;
            citizenship = p.citizenship;
            status = p.status;
            deathDate = p.deathDate;
            civilStatus = p.civilStatus;
            civilStatusDate = p.civilStatusDate;
            spouse = p.spouse;
            relations = new ArrayList<>(p.relations);
            responsibilities = new ArrayList<>(p.responsibilities);
            address = p.address;
            addressProtection = p.addressProtection;
            immigration = p.immigration;
            residencePermit = p.residencePermit;
        }

        public Builder identityNumber(String value) { identityNumber = value; return this; }
        public Builder formerIdentityNumber(String value) { formerIdentityNumbers.add(value); return this; }
        public Builder givenName(String value) { givenName = value; return this; }
        public Builder familyName(String value) { familyName = value; return this; }
        public Builder sex(Sex value) { sex = value; return this; }
        public Builder birthDate(LocalDate value) { birthDate = value; return this; }
        public Builder birthMunicipality(String value) { birthMunicipality = value; return this; }
        public Builder birthCountry(String value) { birthCountry = value; return this; }
        public Builder citizenship(String value) { citizenship = value; return this; }
        public Builder status(PersonStatus value) { status = value; return this; }
        public Builder deathDate(LocalDate value) { deathDate = value; return this; }
        public Builder address(Address value) { address = value; return this; }
        public Builder addressProtection(AddressProtection value) { addressProtection = value; return this; }
        public Builder immigration(Immigration value) { immigration = value; return this; }
        public Builder residencePermit(ResidencePermit value) { residencePermit = value; return this; }

        public Builder civilStatus(CivilStatus value, LocalDate since, String spouseIdentityNumber) {
            civilStatus = value;
            civilStatusDate = since;
            spouse = spouseIdentityNumber;
            return this;
        }

        public Builder relation(FamilyRelation value) { relations.add(value); return this; }
        public Builder responsibility(ParentalResponsibility value) { responsibilities.add(value); return this; }

        public SimulatedPerson build() {
            return new SimulatedPerson(identityNumber, formerIdentityNumbers, givenName, familyName, sex, birthDate,
                    birthMunicipality, birthCountry, citizenship, status, deathDate, civilStatus, civilStatusDate, spouse,
                    relations, responsibilities, address, addressProtection, immigration, residencePermit);
        }
    }
}
