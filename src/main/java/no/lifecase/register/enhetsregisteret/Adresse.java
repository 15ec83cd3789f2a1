package no.lifecase.register.enhetsregisteret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A postal or business address; {@code adresse} holds up to three address lines, some of them empty or null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Adresse(String land, String landkode, String postnummer, String poststed, List<String> adresse,
                      String kommune, String kommunenummer) {

    public Adresse {
        // The lines may hold nulls, which List.copyOf refuses.
        adresse = adresse == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(adresse));
    }
}
