package no.lifecase.operations;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code lifecase.metrics.*} (docs/adr/0048-operators-see-lifecase.md).
 *
 * @param scrapeUser     the account Prometheus scrapes {@code /actuator/prometheus} with; it reaches nothing else
 * @param scrapePassword its password; empty (the default) means no such account, and only administrators may scrape
 * @param gaugeMaxAge    how long one reading of the database and the engine serves the gauges before it is read again
 */
@Validated
@ConfigurationProperties("lifecase.metrics")
public record MetricsProperties(
        @DefaultValue("prometheus") @NotBlank String scrapeUser,
        String scrapePassword,
        @DefaultValue("10s") @DurationMin(seconds = 1, message = "must be at least 1s, such as 10s") Duration gaugeMaxAge) {

    boolean hasScrapeAccount() {
        return scrapePassword != null && !scrapePassword.isEmpty();
    }

    /** The password stays out of logs and failure reports. */
    @Override
    public String toString() {
        return "MetricsProperties[scrapeUser=" + scrapeUser + ", scrapePassword=" + (hasScrapeAccount() ? "(set)" : "(none)")
                + ", gaugeMaxAge=" + gaugeMaxAge + "]";
    }
}
