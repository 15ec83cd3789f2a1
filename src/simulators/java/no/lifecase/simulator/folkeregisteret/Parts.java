package no.lifecase.simulator.folkeregisteret;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Data minimisation as the register does it ({@code ?part=}): no part gives person-basis; the named groups and
 * any top-level property name select properties; {@code historikk} adds the earlier values of what is selected.
 *
 * @param properties the top-level properties of Folkeregisterperson to render
 * @param history    whether earlier values (erGjeldende=false) are included
 */
record Parts(Set<String> properties, boolean history) {

    static final String PERSON_BASIS = "person-basis";
    static final String RELASJON_UTVIDET = "relasjon-utvidet";
    static final String IDENTITETSGRUNNLAG_UTVIDET = "identitetsgrunnlag-utvidet";
    static final String HISTORIKK = "historikk";

    private static final Set<String> BASIS = Set.of("identifikasjonsnummer", "identitetsgrunnlag", "status", "doedsfall",
            "sivilstand", "foedsel", "statsborgerskap", "kjoenn", "navn", "bostedsadresse", "oppholdsadresse", "deltBosted",
            "postadresse", "postadresseIUtlandet", "adressebeskyttelse", "kontaktinformasjonForDoedsbo");
    private static final Set<String> RELATIONS = Set.of("familierelasjon", "foreldreansvar", "vergemaalEllerFremtidsfullmakt");
    private static final Set<String> IDENTITY_BASIS = Set.of("falskIdentitet", "legitimasjonsdokument", "utenlandskPersonidentifikasjon");
    /** Every top-level property of Folkeregisterperson in FREG-OAS v1.5. */
    private static final Set<String> ALL = Set.of("identifikasjonsnummer", "status", "navn", "kjoenn", "foedsel",
            "foedselINorge", "doedsfall", "sivilstand", "familierelasjon", "foreldreansvar", "statsborgerskap", "bibehold",
            "bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse", "postadresseIUtlandet", "preferertKontaktadresse",
            "adressebeskyttelse", "innflytting", "utflytting", "opphold", "oppholdPaaSvalbard", "kontaktinformasjonForDoedsbo",
            "vergemaalEllerFremtidsfullmakt", "identitetsgrunnlag", "legitimasjonsdokument", "utenlandskPersonidentifikasjon",
            "utlendingsmyndighetenesIdentifikasjonsnummer", "falskIdentitet", "brukAvSamiskSpraak",
            "forholdTilSametingetsValgmanntall");

    /**
     * @throws IllegalArgumentException for a part the register does not know
     */
    static Parts of(List<String> requested) {
        Set<String> properties = new HashSet<>();
        boolean history = false;
        for (var part : requested == null ? List.<String>of() : requested) {
            switch (part) {
                case PERSON_BASIS -> properties.addAll(BASIS);
                case RELASJON_UTVIDET -> properties.addAll(RELATIONS);
                case IDENTITETSGRUNNLAG_UTVIDET -> properties.addAll(IDENTITY_BASIS);
                case HISTORIKK -> history = true;
                default -> {
                    if (!ALL.contains(part)) {
                        throw new IllegalArgumentException("Ukjent part: " + part);
                    }
                    properties.add(part);
                }
            }
        }
        if (properties.isEmpty()) {
            properties.addAll(BASIS);
        }
        return new Parts(Set.copyOf(properties), history);
    }

    boolean includes(String property) {
        return properties.contains(property);
    }
}
