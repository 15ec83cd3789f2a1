package no.lifecase.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import no.lifecase.casefile.CaseService;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.testsupport.LifecaseIT;
import no.lifecase.testsupport.Simulation;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A node that is killed leaves the jobs it had acquired locked in the database; another node takes each over once its
 * lock has expired. The dead node is simulated as it would leave the database: the job locked by an owner that never
 * comes back, until the job executor's lock time from now (ADR 0038).
 */
@LifecaseIT
class KilledNodeJobsIT {

    private static final String DEAD_NODE = "node-killed-by-kill-9";
    /** The job executor of this node looks for jobs at least this often (camunda.bpm.job-execution.max-wait). */
    private static final Duration SLACK = Duration.ofSeconds(15);

    @Autowired
    private TestRestTemplate http;

    @Autowired
    private RuntimeService runtime;

    @Autowired
    private ManagementService management;

    @Autowired
    private HistoryService history;

    @Autowired
    private CaseService cases;

    @Autowired
    private CamundaBpmProperties camunda;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transaction;

    @Test
    void a_job_locked_by_a_node_that_died_is_taken_over_when_its_lock_expires_within_a_minute() {
        var lockTime = Duration.ofMillis(camunda.getJobExecution().getLockTimeInMillis());
        var maxWait = Duration.ofMillis(camunda.getJobExecution().getMaxWait());
        assertThat(lockTime.plus(maxWait)).as("the promise: taken over within a minute").isLessThanOrEqualTo(Duration.ofMinutes(1));
        var simulation = new Simulation(http, null, runtime, history);
        var child = Simulation.persons(simulation.post("/sim/folkeregisteret/birth", Map.of("mother", simulation.example("singleMother")))).get("child");

        // The case's first step is an asynchronous job; in the transaction that creates it, the dead node acquires it,
        // so this node's job executor never sees it unlocked.
        var lockedAt = Instant.now();
        var lockExpires = lockedAt.plus(lockTime);
        var instance = transaction.execute(status -> {
            var opened = cases.open(HavingAChildModule.LIFE_EVENT, Fodselsnummer.parse(child));
            var locked = jdbc.update("update act_ru_job set lock_owner_ = ?, lock_exp_time_ = ? where process_instance_id_ = ?",
                    DEAD_NODE, Timestamp.from(lockExpires), opened.processInstanceId());
            assertThat(locked).as("the case's first job").isEqualTo(1);
            return runtime.createProcessInstanceQuery().processInstanceId(opened.processInstanceId()).singleResult();
        });
        var job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(lockOwnerOf(job.getId())).isEqualTo(DEAD_NODE);

        var takenOverAt = await().atMost(lockTime.plus(SLACK)).pollInterval(Duration.ofMillis(250))
                .until(() -> management.createJobQuery().jobId(job.getId()).count() == 0 ? Instant.now() : null, done -> done != null);

        assertThat(takenOverAt).as("not before the dead node's lock expired").isAfterOrEqualTo(lockExpires);
        assertThat(Duration.between(lockedAt, takenOverAt)).as("the lock time and at most one idle wait, generously")
                .isLessThanOrEqualTo(lockTime.plus(SLACK));
        assertThat(simulation.passed(instance, "Task_FindFamily")).as("the step ran, and the case went on").isTrue();
    }

    private String lockOwnerOf(String jobId) {
        return jdbc.queryForObject("select lock_owner_ from act_ru_job where id_ = ?", String.class, jobId);
    }
}
