package no.lifecase.simulator.population;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lifecase.simulator.population.*}: which synthetic population the simulators serve.
 *
 * @param seed the same seed gives the same people on every start
 * @param size how many people, the living and the dead
 */
@ConfigurationProperties("lifecase.simulator.population")
public record PopulationProperties(Long seed, Integer size) {

    public PopulationProperties {
        seed = seed == null ? 20_260_101L : seed;
        size = size == null ? 3000 : size;
    }
}
