package no.lifecase.signing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.lifecase.casefile.CasePurpose;
import no.lifecase.casefile.CaseReference;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import no.lifecase.language.LanguagePreferences;
import no.lifecase.referencedata.CourtDistricts;
import no.lifecase.register.domstol.DeclarationToCourt;
import no.lifecase.register.domstol.DomstolInnsendingClient;
import no.lifecase.register.folkeregisteret.Folkeregisterperson;
import no.lifecase.register.folkeregisteret.FolkeregisteretClient;
import no.lifecase.register.folkeregisteret.Part;
import org.springframework.stereotype.Service;

/**
 * The heirs' declaration from PDF to court (docs/adr/0062): made and put to the signing service, every signature
 * checked when it comes back, and sent to the district court of the deceased's last address. Each step is idempotent
 * by the process instance, since the engine may run a step again after a failure.
 */
@Service
public class DeclarationSigning {

    /** A protected address names no court by its municipality; Oslo tingrett then, as death-agency-routing.dmn says. */
    static final String COURT_FOR_PROTECTED_ADDRESS = "tingrett-TOSL";
    private static final String COURT_PREFIX = "tingrett-";
    private static final List<String> NAME_FIELDS = List.of("navn");
    private static final List<String> ADDRESS_FIELDS = List.of("bostedsadresse", "adressebeskyttelse");

    private final DeclarationPdf pdf;
    private final SignedDeclarations declarations;
    private final SigningServiceClient signingService;
    private final SigningTrust trust;
    private final FolkeregisteretClient folkeregisteret;
    private final DataAccessLog accessLog;
    private final CasePurpose purpose;
    private final CourtDistricts courtDistricts;
    private final DomstolInnsendingClient court;
    private final LanguagePreferences languages;
    private final Clock clock;

    DeclarationSigning(DeclarationPdf pdf, SignedDeclarations declarations, SigningServiceClient signingService, SigningTrust trust,
                       FolkeregisteretClient folkeregisteret, DataAccessLog accessLog, CasePurpose purpose,
                       CourtDistricts courtDistricts, DomstolInnsendingClient court, LanguagePreferences languages, Clock clock) {
        this.pdf = pdf;
        this.declarations = declarations;
        this.signingService = signingService;
        this.trust = trust;
        this.folkeregisteret = folkeregisteret;
        this.accessLog = accessLog;
        this.purpose = purpose;
        this.courtDistricts = courtDistricts;
        this.court = court;
        this.languages = languages;
        this.clock = clock;
    }

    /** What the process asked for: the contract's in variables. */
    public record Request(CaseReference caseRef, String processInstanceId, Fodselsnummer deceased, DeclarationChoice choice,
                          List<Fodselsnummer> signers, List<Fodselsnummer> debtTakers) {

        public Request {
            signers = List.copyOf(signers);
            debtTakers = List.copyOf(debtTakers);
            if (signers.isEmpty() || new HashSet<>(signers).size() != signers.size()) {
                throw new IllegalArgumentException("signers must name each heir once, and at least one");
            }
            if (!new HashSet<>(signers).containsAll(debtTakers)) {
                throw new IllegalArgumentException("debtTakers must be among the signers");
            }
            if (choice == DeclarationChoice.PRIVATE_SETTLEMENT && debtTakers.isEmpty()) {
                throw new IllegalArgumentException("Private settlement needs at least one heir who takes on the debts");
            }
        }
    }

    /** Makes the declaration's PDF and the signature job, once per process instance. */
    public void prepare(Request request) {
        var stored = declarations.ofProcess(request.processInstanceId());
        long id;
        if (stored.isPresent()) {
            if (stored.get().signatureJobId() != null) {
                return;
            }
            id = stored.get().id();
        } else {
            var deceased = person(request.caseRef(), request.deceased(), NAME_FIELDS);
            var heirs = request.signers().stream()
                    .map(signer -> new DeclarationPdf.Heir(name(person(request.caseRef(), signer, NAME_FIELDS)), signer.value(),
                            request.debtTakers().contains(signer)))
                    .toList();
            var language = languages.chosen(request.deceased().value()).orElse(Language.NB);
            var document = pdf.of(request.caseRef().value(), name(deceased), request.deceased().value(), request.choice(), heirs,
                    LocalDate.now(clock), language);
            id = declarations.add(request.caseRef().value(), request.processInstanceId(), request.deceased().value(), request.choice(),
                    document, heirs.stream().map(heir -> new SignedDeclarations.Signer(heir.id(), heir.takesOnDebt(), null)).toList());
            stored = declarations.ofProcess(request.processInstanceId());
        }
        var job = signingService.createJob(request.caseRef().value(), "Erklæring om skifte av dødsbo, sak " + request.caseRef().value(),
                stored.orElseThrow().document(), request.signers());
        declarations.jobCreated(id, job.signatureJobId(), job.signers().stream()
                .map(link -> new SignedDeclarations.Signer(link.personalIdentificationNumber(), false, link.redirectUrl())).toList());
    }

    /** Whether every heir has signed at the signing service. */
    public SigningServiceClient.JobStatus status(String processInstanceId) {
        return signingService.status(stored(processInstanceId).signatureJobId());
    }

    /**
     * Fetches the signed PDF and checks it: every signature holds, chains to the trust anchor, and the signers are
     * exactly the heirs asked. Only a PDF that passes is kept.
     *
     * @throws SignatureRefused if it does not
     */
    public List<VerifiedSignature> fetchAndVerify(String processInstanceId) {
        var stored = stored(processInstanceId);
        var signed = signingService.signedDocument(stored.signatureJobId());
        var signatures = trust.verifier().verify(signed);
        var asked = declarations.signers(stored.id()).stream().map(SignedDeclarations.Signer::signer).collect(Collectors.toSet());
        var signedBy = signatures.stream().map(VerifiedSignature::signer).toList();
        if (signedBy.size() != asked.size() || !Set.copyOf(signedBy).equals(asked)) {
            throw new SignatureRefused("The declaration must be signed once by every heir asked, and by no one else");
        }
        declarations.verified(stored.id(), signed);
        return signatures;
    }

    /** The court's agency id and case number, once the court has the signed declaration. */
    public record SentToCourt(String courtAgency, String courtCaseNumber) {
    }

    /** Sends the verified declaration to the district court of the deceased's last address. */
    public SentToCourt send(CaseReference caseRef, String processInstanceId) {
        var stored = stored(processInstanceId);
        if (stored.courtCaseNumber() != null) {
            return new SentToCourt(stored.courtAgency(), stored.courtCaseNumber());
        }
        if (stored.signedDocument() == null) {
            throw new IllegalStateException("The declaration of case " + caseRef + " is not verified yet");
        }
        var courtAgency = courtOf(caseRef, Fodselsnummer.parse(stored.deceased()));
        var heirs = declarations.signers(stored.id()).stream()
                .map(signer -> new DeclarationToCourt.Arving(signer.signer(), signer.takesOnDebt())).toList();
        var receipt = court.send(new DeclarationToCourt(stored.deceased(), courtCode(courtAgency),
                DeclarationChoice.of(stored.choice()).skifteform(), heirs, Base64.getEncoder().encodeToString(stored.signedDocument())));
        declarations.sent(stored.id(), courtAgency, receipt.saksnummer());
        return new SentToCourt(courtAgency, receipt.saksnummer());
    }

    /**
     * The district court of the municipality of the deceased's last address, by the court districts in force today.
     *
     * @throws IllegalStateException for a municipality no court district names yet: an incident, until a process owner
     *                               adds the district (docs/adr/0058), rather than a declaration sent to the wrong court
     */
    public String courtOf(CaseReference caseRef, Fodselsnummer deceased) {
        var person = person(caseRef, deceased, ADDRESS_FIELDS);
        if (person.hasProtectedAddress()) {
            return COURT_FOR_PROTECTED_ADDRESS;
        }
        var municipality = person.residenceMunicipality()
                .orElseThrow(() -> new IllegalStateException("The deceased of case " + caseRef + " has no known last address"));
        return courtDistricts.courtOf(municipality, LocalDate.now(clock))
                .orElseThrow(() -> new IllegalStateException("No district court is recorded for municipality " + municipality
                        + "; add it to the reference data court-districts"));
    }

    /** The court's own code (embeteId, e.g. TSRO) of a court agency such as tingrett-TSRO. */
    public static String courtCode(String courtAgency) {
        return courtAgency.substring(COURT_PREFIX.length());
    }

    private SignedDeclarations.Stored stored(String processInstanceId) {
        return declarations.ofProcess(processInstanceId)
                .orElseThrow(() -> new IllegalStateException("No declaration was made in process " + processInstanceId));
    }

    private Folkeregisterperson person(CaseReference caseRef, Fodselsnummer person, List<String> fields) {
        var found = folkeregisteret.person(person, Set.of(Part.PERSON_BASIS))
                .orElseThrow(() -> new IllegalStateException("Folkeregisteret does not know a person of case " + caseRef));
        accessLog.record(caseRef, FolkeregisteretClient.REGISTER, purpose.of(caseRef), person.value(), fields);
        return found;
    }

    private static String name(Folkeregisterperson person) {
        return person.currentName().orElse("");
    }
}
