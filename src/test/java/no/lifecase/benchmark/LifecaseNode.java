package no.lifecase.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import no.lifecase.LifecaseApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Lifecase application instance, as production runs it (profile "postgres") plus the simulators (profile
 * "simulators"), on a random port, against one database. Settings given here win over the application's own files: the
 * benchmark's nodes read every register from the register JVM ({@link SimulatedRegisters#forNode}) and keep only the
 * simulated agencies and letter post in-process, which are not HTTP.
 */
final class LifecaseNode implements AutoCloseable {

    static final String ADMIN = "benchadmin";
    static final String ADMIN_PASSWORD = "bench-admin-password";

    private final String name;
    private final ConfigurableApplicationContext context;

    private LifecaseNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    static LifecaseNode start(String name, BenchmarkDatabase database, String databaseName, int populationSize,
                              Map<String, String> settings) {
        var properties = new LinkedHashMap<String, String>();
        properties.put("spring.profiles.active", "postgres,simulators");
        properties.put("LIFECASE_DB_URL", database.url(databaseName));
        properties.put("LIFECASE_DB_USERNAME", database.user());
        properties.put("LIFECASE_DB_PASSWORD", database.password());
        properties.put("server.port", "0");
        properties.put("spring.main.banner-mode", "off");
        // One engine per node in this JVM: each needs its own name in Camunda's engine registry.
        properties.put("camunda.bpm.process-engine-name", name);
        properties.put("camunda.bpm.admin-user.id", ADMIN);
        properties.put("camunda.bpm.admin-user.password", ADMIN_PASSWORD);
        // The feeds are read as in production, by the scheduler on every node, but often enough that the poll
        // interval does not hide the engine's own speed.
        properties.put("lifecase.feeds.enabled", "true");
        properties.put("lifecase.feeds.poll-interval", "PT0.25S");
        properties.put("lifecase.feeds.folkeregisteret.first-sequence", "1");
        // The simulated agencies answer a notice after 0.2 s instead of 1 s: their time is not ours to measure.
        properties.put("lifecase.simulator.agencies.receipt-delay", "PT0.2S");
        properties.put("lifecase.simulator.population.size", String.valueOf(populationSize));
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.no.lifecase", "WARN");
        properties.putAll(settings);
        var args = new ArrayList<String>();
        properties.forEach((key, value) -> args.add("--" + key + "=" + value));
        var context = new SpringApplicationBuilder(LifecaseApplication.class).run(args.toArray(String[]::new));
        return new LifecaseNode(name, context);
    }

    String name() {
        return name;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    String baseUrl() {
        return "http://localhost:" + port();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
