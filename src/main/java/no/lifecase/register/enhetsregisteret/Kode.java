package no.lifecase.register.enhetsregisteret;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A code with its description, as Enhetsregisteret gives organisation forms, industry codes and role types. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Kode(String kode, String beskrivelse) {
}
