package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many retries a job gets back: as many as its model's retry cycle gives. */
class RetryCyclesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "R5/PT1M; 5",
            "R12/PT10S; 12",
            "' R3/PT5M '; 3",
            "'PT1M,PT5M,PT30M,PT2H'; 4",
            "'PT1M,PT5M,PT15M,PT1H,PT4H'; 5",
            "PT10M; 1",
            "R/PT1M; 1",
            "'${retryCycle}'; 1",
            "''; 1",
    })
    void retries_in_a_cycle(String cycle, int retries) {
        assertThat(RetryCycles.retriesIn(cycle)).isEqualTo(retries);
    }
}
