package no.lifecase.portal;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.lifeevent.NamesOnCase;
import no.lifecase.signing.SignedDeclarations;
import no.lifecase.signing.SigningServiceClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClientException;

/**
 * What a signer of the heirs' declaration sees on the case page (docs/adr/0062): what they sign, their own link to the
 * signing service, and who has signed. Only the reader's own signing URL leaves this class; nobody else's.
 */
@Component("citizenSigning")
public class CitizenSigning {

    private static final Logger log = LoggerFactory.getLogger(CitizenSigning.class);
    private static final String SIGNED = "SIGNED";

    private final SignedDeclarations declarations;
    private final SigningServiceClient signingService;
    private final List<NamesOnCase> names;

    CitizenSigning(SignedDeclarations declarations, SigningServiceClient signingService, List<NamesOnCase> names) {
        this.declarations = declarations;
        this.signingService = signingService;
        this.names = List.copyOf(names);
    }

    @Schema(description = "The heirs' declaration the reader is asked to sign, and who has signed it")
    public record Panel(
            @Schema(description = "What the heirs declare: private-settlement, undivided-estate or public-settlement") String choice,
            @Schema(description = "The reader's own address at the signing service; they log in there with ID-porten at the high level")
            String signingUrl,
            @Schema(description = "Whether the reader has signed") boolean signed,
            @Schema(description = "False when the signing service could not tell just now who has signed") boolean progressKnown,
            List<SignerProgress> signers) {
    }

    @Schema(description = "One signer of the declaration, by name where the case has it; never an identity number")
    public record SignerProgress(@Schema(description = "Null when the case has no name for this signer") @Nullable String name,
                                 @Schema(description = "Whether this signer is the reader") boolean you,
                                 @Schema(description = "Whether this signer has signed") boolean signed) {
    }

    /** Read only for a case the page has already shown to this citizen; empty unless they are a signer of its declaration. */
    public Optional<Panel> onCase(Fodselsnummer reader, String reference) {
        var newest = declarations.ofCase(reference).stream().reduce((first, second) -> second)
                .filter(declaration -> declaration.signatureJobId() != null);
        if (newest.isEmpty()) {
            return Optional.empty();
        }
        var declaration = newest.get();
        var signers = declarations.signers(declaration.id());
        var own = signers.stream().filter(signer -> signer.signer().equals(reader.value()) && signer.signingUrl() != null).findFirst();
        if (own.isEmpty()) {
            return Optional.empty();
        }
        var signedBy = declaration.signedDocument() != null
                ? Optional.of(signers.stream().map(SignedDeclarations.Signer::signer).collect(Collectors.toSet()))
                : signedAtTheService(declaration.signatureJobId());
        var named = namesOn(reference);
        var progress = signers.stream().map(signer -> new SignerProgress(named.get(signer.signer()), signer.signer().equals(reader.value()),
                signedBy.map(signed -> signed.contains(signer.signer())).orElse(false))).toList();
        return Optional.of(new Panel(declaration.choice(), own.get().signingUrl(),
                signedBy.map(signed -> signed.contains(reader.value())).orElse(false), signedBy.isPresent(), progress));
    }

    /** Asked when the page is read, since the process itself looks only every ten minutes. */
    private Optional<Set<String>> signedAtTheService(String signatureJobId) {
        try {
            var status = signingService.status(signatureJobId);
            return Optional.of(status.signers().stream().filter(signer -> SIGNED.equals(signer.status()))
                    .map(SigningServiceClient.SignerState::personalIdentificationNumber).collect(Collectors.toSet()));
        } catch (RestClientException e) {
            log.warn("The signing service did not tell the status of signature job {}: {}", signatureJobId, e.getMessage());
            return Optional.empty();
        }
    }

    private Map<String, String> namesOn(String reference) {
        return names.stream().flatMap(lifeEvent -> lifeEvent.on(reference).entrySet().stream())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first));
    }
}
