package no.lifecase.lifeevent.deathandinheritance;

import static no.lifecase.trigger.RegisterTrigger.forPerson;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Message;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.SettlementForm;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritance.Variable;
import no.lifecase.trigger.CaseCorrelation;
import no.lifecase.trigger.EventOutcome;
import no.lifecase.trigger.FeedEvent;
import no.lifecase.trigger.RegisterFeed;
import no.lifecase.trigger.RegisterTrigger;
import no.lifecase.trigger.SkipReason;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The court's estate case belongs in the death case of the deceased (the event's subject). An update carries the
 * whole estate case, so it says which step the case may be waiting for: the finished public settlement, or the
 * decided form of settlement. The first one the case waits for is delivered (docs/domain.md#courts-estate-feed).
 */
@Component
@Order(2)
public class EstateCaseTrigger implements RegisterTrigger {

    static final Set<String> COURT_CASE_EVENTS = Set.of("DODSFALLSAK-STATUS_LAGT_TIL", "DODSFALLSAK-STATUS_OPPDATERT");
    private static final String COURT_CASE_FINISHED = "FERDIGBEHANDLET";
    private static final String COURT_CASE_REGISTERED_IN_ERROR = "FEILFORT";

    private final CaseCorrelation correlation;

    public EstateCaseTrigger(CaseCorrelation correlation) {
        this.correlation = correlation;
    }

    @Override
    public RegisterFeed register() {
        return RegisterFeed.DOMSTOL;
    }

    @Override
    public Set<String> eventTypes() {
        return COURT_CASE_EVENTS;
    }

    @Override
    public Optional<EventOutcome> handle(FeedEvent event, String sourceEventKey) {
        var status = event.attribute(FeedEvent.COURT_CASE_STATUS).orElse("");
        var settlementForm = event.attribute(FeedEvent.SKIFTEFORM).filter(form -> !SettlementForm.NOT_DECIDED.equals(form));
        if (COURT_CASE_REGISTERED_IN_ERROR.equals(status) || settlementForm.isEmpty()) {
            return Optional.of(EventOutcome.skipped(SkipReason.NOT_A_TRIGGER));
        }
        var lifeEvent = DeathAndInheritanceModule.LIFE_EVENT;
        return Optional.of(forPerson(event.subject(), deceased -> {
            if (COURT_CASE_FINISHED.equals(status) && SettlementForm.PUBLIC.equals(settlementForm.get())) {
                var settled = correlation.correlate(lifeEvent, deceased, Message.ESTATE_SETTLED, Map.of());
                if (settled.skipReason() != SkipReason.CASE_NOT_WAITING) {
                    return settled;
                }
            }
            return correlation.correlate(lifeEvent, deceased, Message.ESTATE_SETTLEMENT_DECIDED,
                    Map.of(Variable.SETTLEMENT_FORM, settlementForm.get(), Variable.ESTATE_HEIRS, heirsOf(event)));
        }));
    }

    /** The heirs the court names, as a JSON list: who may see the estate overview (estate-overview-access). */
    private static Object heirsOf(FeedEvent event) {
        var heirs = event.attribute(FeedEvent.HEIRS).map(list -> List.of(list.split(","))).orElse(List.of());
        return Variables.objectValue(new ArrayList<>(heirs)).serializationDataFormat(Variables.SerializationDataFormats.JSON).create();
    }
}
