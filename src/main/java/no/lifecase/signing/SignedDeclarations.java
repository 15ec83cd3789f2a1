package no.lifecase.signing;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The declarations made for signing, one per run of sign-and-send-declaration, and what became of each (V26). */
@Repository
public class SignedDeclarations {

    /** @param signedDocument the PDF with every heir's signature, once verified; null before */
    public record Stored(long id, String caseRef, String deceased, String choice, byte[] document, String signatureJobId,
                         byte[] signedDocument, String courtAgency, String courtCaseNumber) {
    }

    /** @param signingUrl the signer's own URL at the signing service, where they sign */
    public record Signer(String signer, boolean takesOnDebt, String signingUrl) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SignedDeclarations(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Optional<Stored> ofProcess(String processInstanceId) {
        return jdbc.sql("""
                        select id, case_ref, deceased, choice, document, signature_job_id, signed_document, court_agency, court_case_number
                        from signed_declaration where process_instance_id = ?""")
                .param(processInstanceId)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
                        rs.getString(6), rs.getBytes(7), rs.getString(8), rs.getString(9)))
                .optional();
    }

    /** The declarations of a case, newest last. */
    public List<Stored> ofCase(String caseRef) {
        return jdbc.sql("""
                        select id, case_ref, deceased, choice, document, signature_job_id, signed_document, court_agency, court_case_number
                        from signed_declaration where case_ref = ? order by id""")
                .param(caseRef)
                .query((rs, row) -> new Stored(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBytes(5),
                        rs.getString(6), rs.getBytes(7), rs.getString(8), rs.getString(9)))
                .list();
    }

    public List<Signer> signers(long declarationId) {
        return jdbc.sql("select signer, takes_on_debt, signing_url from declaration_signer where declaration_id = ? order by signer")
                .param(declarationId)
                .query((rs, row) -> new Signer(rs.getString(1), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    @Transactional
    long add(String caseRef, String processInstanceId, String deceased, DeclarationChoice choice, byte[] document, List<Signer> signers) {
        jdbc.sql("""
                        insert into signed_declaration (case_ref, process_instance_id, deceased, choice, document, created_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(caseRef, processInstanceId, deceased, choice.id(), document, clock.instant().atOffset(java.time.ZoneOffset.UTC))
                .update();
        var id = ofProcess(processInstanceId).orElseThrow().id();
        signers.forEach(signer -> jdbc.sql("insert into declaration_signer (declaration_id, signer, takes_on_debt) values (?, ?, ?)")
                .params(id, signer.signer(), signer.takesOnDebt()).update());
        return id;
    }

    @Transactional
    void jobCreated(long id, String signatureJobId, List<Signer> signingUrls) {
        jdbc.sql("update signed_declaration set signature_job_id = ? where id = ?").params(signatureJobId, id).update();
        signingUrls.forEach(signer -> jdbc.sql("update declaration_signer set signing_url = ? where declaration_id = ? and signer = ?")
                .params(signer.signingUrl(), id, signer.signer()).update());
    }

    void verified(long id, byte[] signedDocument) {
        jdbc.sql("update signed_declaration set signed_document = ?, verified_at = ? where id = ?")
                .params(signedDocument, clock.instant().atOffset(java.time.ZoneOffset.UTC), id).update();
    }

    void sent(long id, String courtAgency, String courtCaseNumber) {
        jdbc.sql("update signed_declaration set court_agency = ?, court_case_number = ?, sent_at = ? where id = ?")
                .params(courtAgency, courtCaseNumber, clock.instant().atOffset(java.time.ZoneOffset.UTC), id).update();
    }
}
