package no.lifecase.processowner;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and rules for models that process owners upload.
 *
 * @param maxFileSize    the largest file accepted
 * @param maxFiles       the most files in one upload
 * @param localDelegates  delegate beans that call no other system, so need not be asynchronous with retries
 * @param repeatableReads delegate beans that only read and are safe to repeat: without an asynchronous step of their
 *                        own they run in the step before them (docs/adr/0065-fewer-transactions-per-case.md)
 */
@ConfigurationProperties("lifecase.process-owner")
record ProcessOwnerProperties(DataSize maxFileSize, Integer maxFiles, Set<String> localDelegates, Set<String> repeatableReads) {

    ProcessOwnerProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(2) : maxFileSize;
        maxFiles = maxFiles == null ? 40 : maxFiles;
        localDelegates = localDelegates == null ? Set.of("checkIdentityNumber") : Set.copyOf(localDelegates);
        repeatableReads = repeatableReads == null ? Set.of() : Set.copyOf(repeatableReads);
    }
}
