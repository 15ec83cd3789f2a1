package no.lifecase.simulator.population;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Names as Skatteetaten's synthetic population has them: an adjective for the given name and a noun for the
 * family name ("VAKKER BLOMST"), in capitals as Folkeregisteret stores names. Nobody can mistake them for real people.
 */
final class TenorNames {

    private static final List<String> ADJECTIVES = List.of(
            "VAKKER", "MODIG", "GLAD", "ROLIG", "KLOK", "STERK", "LYS", "VENNLIG", "SPRUDLENDE", "LOJAL",
            "RASK", "STILLE", "FRISK", "VARM", "SOLID", "MYK", "LUN", "KVIKK", "STOLT", "TRYGG",
            "FLINK", "ÆRLIG", "ÅPEN", "GRØNN", "BLÅ", "KJEKK", "ELEGANT", "SMART", "TØFF", "HØFLIG",
            "SPREK", "EDEL", "FRODIG", "SKARP", "BLID", "GAVMILD", "NYSGJERRIG", "TÅLMODIG", "SJENERT", "LUNKEN");

    private static final List<String> NOUNS = List.of(
            "BLOMST", "FJELL", "ELV", "SKOG", "BJØRK", "FURU", "HAV", "STJERNE", "SOL", "MÅNE",
            "BRO", "KILDE", "BEKK", "ENG", "ØY", "STRAND", "VIK", "FOSS", "LUND", "HEI",
            "DAL", "TIND", "BØLGE", "SKY", "REGN", "SNØ", "VIND", "ROSE", "LILJE", "KAKAO",
            "TRAPP", "NØKKEL", "LYKT", "KURV", "MØLLE", "SOFA", "FLAGG", "ÅKER", "BÅT", "KJELLER");

    private TenorNames() {
    }

    static String givenName(RandomGenerator random) {
        return ADJECTIVES.get(random.nextInt(ADJECTIVES.size()));
    }

    static String familyName(RandomGenerator random) {
        return NOUNS.get(random.nextInt(NOUNS.size()));
    }
}
