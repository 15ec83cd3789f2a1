package no.lifecase.processowner;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits and rules for models that process owners upload.
 *
 * @param maxFileSize    the largest file accepted
 * @param maxFiles       the most files in one upload
 * @param localDelegates delegate beans that call no other system, so need not be asynchronous with retries
 */
@ConfigurationProperties("lifecase.process-owner")
record ProcessOwnerProperties(DataSize maxFileSize, Integer maxFiles, Set<String> localDelegates) {

    ProcessOwnerProperties {
        maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(2) : maxFileSize;
        maxFiles = maxFiles == null ? 30 : maxFiles;
        localDelegates = localDelegates == null ? Set.of("checkIdentityNumber") : Set.copyOf(localDelegates);
    }
}
