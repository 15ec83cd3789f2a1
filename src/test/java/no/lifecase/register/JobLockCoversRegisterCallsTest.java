package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import no.lifecase.register.maskinporten.MaskinportenProperties;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;

/** The job executor's lock must outlast the longest register call, or the start is refused with a clear message. */
class JobLockCoversRegisterCallsTest {

    private static final Duration TOKEN_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration LOCK_TIME = Duration.ofSeconds(45);

    @Test
    void the_default_time_outs_fit_in_the_lock_time() {
        var registers = Map.of(
                "folkeregisteret", endpoint("folkeregister:deling/offentligmedhjemmel", null),
                "enhetsregisteret", endpoint(null, null));

        assertThat(JobLockCoversRegisterCalls.longestCall(registers.get("folkeregisteret"), TOKEN_TIMEOUT)).isEqualTo(Duration.ofSeconds(32));
        assertThat(JobLockCoversRegisterCalls.problem(registers, TOKEN_TIMEOUT, LOCK_TIME)).isEmpty();
    }

    @Test
    void a_read_time_out_that_outgrows_the_lock_names_the_register_and_the_figures() {
        var registers = Map.of(
                "folkeregisteret", endpoint("folkeregister:deling/offentligmedhjemmel", null),
                "krr", endpoint("krr:global/kontaktinformasjon.read", Duration.ofSeconds(20)));

        var problem = JobLockCoversRegisterCalls.problem(registers, TOKEN_TIMEOUT, LOCK_TIME);

        assertThat(problem).hasValueSatisfying(message -> assertThat(message)
                .contains("register 'krr' may take 42 s (connect 2 s + read 20 s + a Maskinporten token 20 s)")
                .contains("needs 10 s more")
                .contains("locks a job for 45 s (camunda.bpm.job-execution.lock-time-in-millis)")
                .contains("lifecase.registers.krr.connect-timeout/read-timeout"));
    }

    @Test
    void a_register_without_a_token_is_counted_without_one() {
        var registers = Map.of("enhetsregisteret", endpoint(null, Duration.ofSeconds(33)));

        assertThat(JobLockCoversRegisterCalls.problem(registers, TOKEN_TIMEOUT, LOCK_TIME)).isEmpty();
        assertThat(JobLockCoversRegisterCalls.problem(registers, TOKEN_TIMEOUT, LOCK_TIME.minusMillis(1))).isPresent();
    }

    @Test
    void the_start_is_refused_when_the_configured_lock_is_too_short() {
        var registers = new RegisterProperties(Map.of("folkeregisteret", endpoint("folkeregister:deling/offentligmedhjemmel", null)));
        var maskinporten = new MaskinportenProperties(null, null, null, null, null, Duration.ofSeconds(30), TOKEN_TIMEOUT);
        var camunda = new CamundaBpmProperties();
        camunda.getJobExecution().setLockTimeInMillis(30_000);

        assertThatThrownBy(() -> new JobLockCoversRegisterCalls(registers, maskinporten, camunda))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("locks a job for 30 s");
        camunda.getJobExecution().setLockTimeInMillis(45_000);
        assertThatCode(() -> new JobLockCoversRegisterCalls(registers, maskinporten, camunda)).doesNotThrowAnyException();
    }

    @Test
    void no_registers_no_problem() {
        assertThat(JobLockCoversRegisterCalls.problem(Map.of(), TOKEN_TIMEOUT, Duration.ofSeconds(1))).isEmpty();
    }

    private static RegisterEndpoint endpoint(String scope, Duration readTimeout) {
        return new RegisterEndpoint("https://register.example", scope, null, readTimeout, null);
    }
}
