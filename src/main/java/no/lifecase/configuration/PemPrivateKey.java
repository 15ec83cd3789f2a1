package no.lifecase.configuration;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * A private key given as the PEM text of a PKCS#8 key, {@code -----BEGIN PRIVATE KEY-----} and its base64 lines, not as
 * a file location. Empty passes: a client without a key yet still starts, and fails where the key is needed.
 */
@Documented
@Pattern(regexp = "(?s)|\\s*-----BEGIN PRIVATE KEY-----[A-Za-z0-9+/=\\s]+-----END PRIVATE KEY-----\\s*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER})
@Retention(RUNTIME)
public @interface PemPrivateKey {

    String message() default "must be the PEM text of a PKCS#8 private key (-----BEGIN PRIVATE KEY-----), not a file name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
