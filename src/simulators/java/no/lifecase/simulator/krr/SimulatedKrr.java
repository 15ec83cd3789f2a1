package no.lifecase.simulator.krr;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.text.Normalizer;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import no.lifecase.simulator.population.Population;
import no.lifecase.simulator.population.SimulatedPerson;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The simulated Kontakt- og reservasjonsregisteret. Each person's answer follows from the seed and their number,
 * so it is the same on every start; a scenario may set someone's profile instead. Unknown numbers are
 * IKKE_REGISTRERT, as KRR answers for persons it has never had.
 */
@Component
@Profile("simulators")
@EnableConfigurationProperties(KrrSimulatorProperties.class)
public class SimulatedKrr {

    /** KRR writes offsets as hours only, e.g. {@code 2023-06-13T13:42:34+02}. */
    private static final DateTimeFormatter KRR_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssX");
    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    // Digipost, e-Boks (docs/domain.md#krr-and-digital-letters)
    private static final String[] MAILBOX_PROVIDERS = {"984661185", "922020175"};
    /** Persons under this age have no entry in the simulation; they seldom have their own ID-porten login. */
    private static final int YOUNGEST_REGISTERED = 15;

    private final KrrSimulatorProperties properties;
    private final Population population;
    private final Clock clock;
    private final Map<String, ContactProfile> chosen = new ConcurrentHashMap<>();

    SimulatedKrr(KrrSimulatorProperties properties, Population population, Clock clock) {
        this.properties = properties;
        this.population = population;
        this.clock = clock;
    }

    /** Gives this person this profile from now on, whatever the seed said. */
    public void choose(String identityNumber, ContactProfile profile) {
        chosen.put(identityNumber, profile);
    }

    /** Gives this person the profile the seed says again. */
    public void forget(String identityNumber) {
        chosen.remove(identityNumber);
    }

    public ContactProfile profileOf(String identityNumber) {
        var person = population.find(identityNumber);
        if (chosen.containsKey(identityNumber)) {
            return chosen.get(identityNumber);
        }
        if (person.isEmpty() || person.get().ageOn(population.today()) < YOUNGEST_REGISTERED) {
            return ContactProfile.NOT_REGISTERED;
        }
        if (!person.get().isAlive()) {
            return ContactProfile.DELETED;
        }
        int bucket = randomFor(identityNumber).nextInt(100);
        if (bucket < properties.reserved()) {
            return ContactProfile.RESERVED;
        }
        bucket -= properties.reserved();
        if (bucket < properties.withoutContactInformation()) {
            return ContactProfile.NO_CONTACT_INFORMATION;
        }
        bucket -= properties.withoutContactInformation();
        return bucket < properties.staleContactInformation() ? ContactProfile.STALE : ContactProfile.DIGITAL;
    }

    /** The person's entry, in KRR's JSON shape. */
    KrrEntry entry(String identityNumber) {
        var profile = profileOf(identityNumber);
        if (profile == ContactProfile.NOT_REGISTERED) {
            return new KrrEntry(identityNumber, null, null, "IKKE_REGISTRERT", "KAN_IKKE_VARSLES", null, null, null);
        }
        if (profile == ContactProfile.DELETED) {
            return new KrrEntry(identityNumber, "NEI", null, "SLETTET", "KAN_IKKE_VARSLES", null, null, null);
        }
        // A random of its own for the details, so that they do not shift when the profile shares change.
        var random = randomFor(identityNumber).split();
        var person = population.find(identityNumber).orElseThrow();
        var now = ZonedDateTime.now(clock).withZoneSameInstant(NORWAY);
        var language = random.nextInt(100) < 85 ? "nb" : random.nextInt(100) < 65 ? "nn" : "en";
        return switch (profile) {
            case DIGITAL -> new KrrEntry(identityNumber, "NEI", null, "AKTIV", "KAN_VARSLES",
                    contact(person, now.minusDays(random.nextInt(1, 365)), random),
                    random.nextInt(100) < properties.digitalMailbox() ? mailbox(person, random) : null, language);
            case STALE -> new KrrEntry(identityNumber, "NEI", null, "AKTIV", "KAN_IKKE_VARSLES",
                    contact(person, now.minusMonths(random.nextInt(19, 60)), random), null, language);
            case NO_CONTACT_INFORMATION -> new KrrEntry(identityNumber, "NEI", null, "AKTIV", "KAN_IKKE_VARSLES",
                    null, null, language);
            case RESERVED -> new KrrEntry(identityNumber, "JA", now.minusDays(random.nextInt(30, 3000)).format(KRR_TIME),
                    "AKTIV", "KAN_IKKE_VARSLES",
                    random.nextBoolean() ? contact(person, now.minusDays(random.nextInt(1, 365)), random) : null, null, language);
            default -> throw new IllegalStateException("unhandled profile " + profile);
        };
    }

    private SplittableRandom randomFor(String identityNumber) {
        long number = identityNumber.chars().allMatch(Character::isDigit) && identityNumber.length() <= 18
                ? Long.parseLong(identityNumber) : identityNumber.hashCode();
        return new SplittableRandom(properties.seed() * 1_000_003L + number);
    }

    private static KrrEntry.Kontaktinformasjon contact(SimulatedPerson person, ZonedDateTime updated, SplittableRandom random) {
        var time = updated.format(KRR_TIME);
        var mobile = "+47" + (random.nextBoolean() ? "4" : "9") + String.format(Locale.ROOT, "%07d", random.nextInt(10_000_000));
        return new KrrEntry.Kontaktinformasjon(localPart(person) + "@example.com", time, time, mobile, time, time);
    }

    private static KrrEntry.DigitalPost mailbox(SimulatedPerson person, SplittableRandom random) {
        var suffix = Integer.toString(random.nextInt(36 * 36 * 36 * 36), 36).toUpperCase(Locale.ROOT);
        return new KrrEntry.DigitalPost(localPart(person) + "#" + suffix, MAILBOX_PROVIDERS[random.nextInt(MAILBOX_PROVIDERS.length)]);
    }

    private static String localPart(SimulatedPerson person) {
        var name = (person.givenName() + "." + person.familyName()).toLowerCase(Locale.ROOT)
                .replace("æ", "ae").replace("ø", "o").replace("å", "a").replace(' ', '.');
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^a-z.]", "");
    }

    /** One person in KRR's answer (docs/domain.md#krr-and-digital-letters). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record KrrEntry(String personidentifikator, String reservasjon, String reservasjonstidspunkt, String status,
                    String varslingsstatus, Kontaktinformasjon kontaktinformasjon,
                    @JsonProperty("digital_post") DigitalPost digitalPost, String spraak) {

        record Kontaktinformasjon(String epostadresse,
                                  @JsonProperty("epostadresse_oppdatert") String epostadresseOppdatert,
                                  @JsonProperty("epostadresse_sist_verifisert") String epostadresseSistVerifisert,
                                  String mobiltelefonnummer,
                                  @JsonProperty("mobiltelefonnummer_oppdatert") String mobiltelefonnummerOppdatert,
                                  @JsonProperty("mobiltelefonnummer_sist_verifisert") String mobiltelefonnummerSistVerifisert) {
        }

        record DigitalPost(String postkasseadresse, String postkasseleverandoeradresse) {
        }
    }
}
