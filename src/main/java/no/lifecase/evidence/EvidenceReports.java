package no.lifecase.evidence;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import no.lifecase.casefile.CaseReference;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.language.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files what a reader says is wrong with a register's data, for the register's owner, and keeps the owner's answer
 * (docs/adr/0063). The register owner's task shows the facts as the reader saw them, so a later read does not change
 * what was reported.
 */
@Service
public class EvidenceReports {

    private static final Logger log = LoggerFactory.getLogger(EvidenceReports.class);

    private final EvidenceReportRepository reports;
    private final EvidenceSubjects subjects;
    private final RegisterOwners owners;
    private final Clock clock;

    EvidenceReports(EvidenceReportRepository reports, EvidenceSubjects subjects, RegisterOwners owners, Clock clock) {
        this.reports = reports;
        this.subjects = subjects;
        this.owners = owners;
        this.clock = clock;
    }

    /**
     * Files the report, or finds the one this reader already filed in this preview (a retried completion).
     *
     * @throws IllegalArgumentException if no agency answers for the register
     */
    @Transactional
    public EvidenceReport report(CaseReference caseRef, String processInstanceId, String subject, Fodselsnummer reader,
                                 String register, String text) {
        var earlier = reports.findByProcessInstanceIdAndReader(processInstanceId, reader.value());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        var shown = subjects.find(subject).factsFor(caseRef, reader).stream()
                .filter(fact -> fact.register().equals(register))
                .map(fact -> fact.value().in(Language.NB))
                .collect(Collectors.joining("\n"));
        var owner = owners.of(register).orElseThrow(() -> new IllegalArgumentException("No owner known for " + register));
        var report = reports.save(new EvidenceReport(caseRef.value(), processInstanceId, subject, reader.value(), register, owner,
                shown.isEmpty() ? "-" : shown, text.strip(), clock.instant()));
        log.info("Case {}: a reader reported an error in {} data, for {}", caseRef, register, owner);
        return report;
    }

    /** Keeps the owner's answer to the report. */
    @Transactional
    public void answer(String reportId, boolean corrected, String answer) {
        var report = reports.findById(reportId).orElseThrow(() -> new IllegalArgumentException("No evidence report " + reportId));
        report.answer(corrected, answer.strip(), clock.instant());
    }

    @Transactional(readOnly = true)
    public EvidenceReport find(String reportId) {
        return reports.findById(reportId).orElseThrow(() -> new IllegalArgumentException("No evidence report " + reportId));
    }

    /** Whether an owner corrected anything reported in this preview. */
    @Transactional(readOnly = true)
    public boolean anyCorrected(String processInstanceId) {
        return reports.findByProcessInstanceId(processInstanceId).stream().anyMatch(report -> report.corrected().orElse(false));
    }

    /** What this reader reported on the case, oldest first, with the answers. */
    @Transactional(readOnly = true)
    public List<EvidenceReport> by(CaseReference caseRef, Fodselsnummer reader) {
        return reports.findByCaseRefAndReaderOrderByReportedAtAsc(caseRef.value(), reader.value());
    }
}
