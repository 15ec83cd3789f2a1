package no.lifecase.simulator.idporten;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestIdportenClaimsTest {

    @Test
    void the_subject_is_pairwise_stable_and_not_the_fodselsnummer() {
        var forPortal = TestIdportenSecurity.pairwiseSubject("lifecase-portal", "03851598730");

        assertThat(forPortal).isEqualTo(TestIdportenSecurity.pairwiseSubject("lifecase-portal", "03851598730"))
                .isNotEqualTo(TestIdportenSecurity.pairwiseSubject("another-client", "03851598730"))
                .doesNotContain("03851598730");
    }
}
