package no.lifecase.lifeevent;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.lifecase.casefile.CaseAlreadyOpen;
import no.lifecase.casefile.CaseNotSupported;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.DataAccessLog;
import no.lifecase.casefile.InvalidField;
import no.lifecase.casefile.LifeEventCase;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.Organisasjonsnummer;
import no.lifecase.register.RegisterUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens the case the case API asks for, once the register shows what the life event's announcement would have shown
 * ({@link RegisterStart}), and never a second open case of the same life event for the same person or organisation.
 * The register is read outside any transaction; the case, its process and the log of that read are written in one,
 * so a refused request leaves nothing behind (docs/adr/0037).
 */
@Service
class RegisterCheckedOpening {

    private static final Logger log = LoggerFactory.getLogger(RegisterCheckedOpening.class);

    private final Map<String, RegisterStart> rules;
    private final CaseService cases;
    private final DataAccessLog accessLog;
    private final TransactionTemplate transaction;

    RegisterCheckedOpening(List<RegisterStart> rules, CaseService cases, DataAccessLog accessLog, TransactionTemplate transaction) {
        this.rules = rules.stream().collect(Collectors.toMap(rule -> rule.lifeEvent().id(), Function.identity()));
        this.cases = cases;
        this.accessLog = accessLog;
        this.transaction = transaction;
    }

    /**
     * @param organisation the organisation an organisation life event is about; must be null for any other
     * @throws InvalidField        if the organisation is missing for an organisation life event, or given for another
     * @throws CaseNotSupported    if the case API does not open this life event, or the register does not support the case
     * @throws CaseAlreadyOpen     if a case of this life event is open for the person (or the organisation)
     * @throws RegisterUnavailable if the register does not answer
     */
    LifeEventCase open(LifeEvent lifeEvent, Fodselsnummer subject, Organisasjonsnummer organisation) {
        var rule = rules.get(lifeEvent.id());
        if (rule == null) {
            throw new CaseNotSupported("lifeEvent", lifeEvent.id() + " is started by the citizen in the portal; "
                    + "the case API opens only life events that a register announces", null);
        }
        if (rule.aboutAnOrganisation() && organisation == null) {
            throw new InvalidField(RegisterStart.ORGANISATION, RegisterStart.ORGANISATION + " is required for " + lifeEvent.id());
        }
        if (!rule.aboutAnOrganisation() && organisation != null) {
            throw new InvalidField(RegisterStart.ORGANISATION, RegisterStart.ORGANISATION + " applies only to the life events of an organisation");
        }
        // Asked before the register: an open case is the answer whatever the register says now.
        cases.openCase(lifeEvent, subject, organisation).ifPresent(open -> {
            throw new CaseAlreadyOpen(lifeEvent, open.reference());
        });
        var decision = rule.decide(subject, organisation);
        if (decision instanceof RegisterStartDecision.Refused refused) {
            log.info("Case API: {} for {} refused by {}: {}", lifeEvent.id(), subject.masked(), refused.register(), refused.reason());
            throw new CaseNotSupported(refused.field(), refused.reason(), refused.register());
        }
        var open = (RegisterStartDecision.Open) decision;
        try {
            return transaction.execute(status -> {
                var opened = cases.open(lifeEvent, subject, organisation, open.facts());
                // The check read the register before the case existed; the citizen sees that read on the case too.
                open.reads().forEach(read -> accessLog.record(opened.reference(), read.register(), lifeEvent.accessPurpose(opened.variant()),
                        read.about(), read.fields()));
                return opened;
            });
        } catch (DataIntegrityViolationException e) {
            // Another request opened the same case between our look and our insert; the unique key refused this one.
            var winner = cases.openCase(lifeEvent, subject, organisation).orElseThrow(() -> e);
            throw new CaseAlreadyOpen(lifeEvent, winner.reference());
        }
    }
}
