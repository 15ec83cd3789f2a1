package no.lifecase.configuration;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A setting that is an absolute http or https URL with a host, such as a register's base URL. Placeholders that are
 * still open when the settings are bound are allowed (ADR 0040): {@code ${local.server.port}} is known only once the
 * server listens, and a value that is one placeholder, such as {@code ${LIFECASE_DSOP_URL}}, is the operator's to give
 * and is checked where it is resolved. Null and blank values pass; {@code @NotBlank} says whether one is required.
 */
@Documented
@Constraint(validatedBy = HttpUrlValidator.class)
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface HttpUrl {

    String message() default "must be an absolute http or https URL with a host, such as https://register.example.no/api";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
