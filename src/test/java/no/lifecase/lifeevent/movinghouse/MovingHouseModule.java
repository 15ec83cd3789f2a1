package no.lifecase.lifeevent.movinghouse;

import static no.lifecase.lifeevent.Involved.agency;

import java.util.List;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.Representatives;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.Trigger;
import no.lifecase.trigger.CaseOpening;
import no.lifecase.trigger.RegisterTrigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;

/**
 * The life event moving house as the catalogue, the case file and the portal see it; its place in the catalogue is 8,
 * after the seven Lifecase ships. Only a context with profile {@value #PROFILE} has it: the other integration tests
 * share a context that keeps the seven, although its engine deploys this folder's model too (it is on the test
 * classpath), where no trigger opens a case of it.
 */
@Configuration(proxyBeanMethods = false)
@Profile(MovingHouseModule.PROFILE)
public class MovingHouseModule {

    public static final String PROFILE = "moving-house";

    public static final LifeEvent LIFE_EVENT = new LifeEvent(MovingHouse.PROCESS_ID,
            new Text("Flytte", "Flytte", "Moving house"),
            new Text("Skatteetaten", "Skatteetaten", "Norwegian Tax Administration"),
            Trigger.registerEvent("Folkeregisteret", List.of(MovingHouse.RESIDENCE_ADDRESS_CHANGED),
                    "Folkeregisteret registrerer en ny bostedsadresse etter en flytting.",
                    "Folkeregisteret registrerer ei ny bustadadresse etter ei flytting.",
                    "Folkeregisteret registers a new residence address after a move."),
            List.of(agency("skatteetaten")),
            new AccessPurpose(new Text("Å følge opp flyttingen din hos de offentlige etatene som trenger den nye adressen din",
                    "Å følgje opp flyttinga di hos dei offentlege etatane som treng den nye adressa di",
                    "To follow up your move with the public bodies that need your new address"),
                    new Text("folkeregisterloven § 10-2", "folkeregisterlova § 10-2", "folkeregisterloven § 10-2")),
            // Whoever moves with the citizen follows this move, and no other case of the citizen's.
            Representatives.inThisCaseOnly(MovingHouse.Variable.MOVES_WITH));

    @Bean
    @Order(8)
    LifeEvent movinghouseLifeEvent() {
        return LIFE_EVENT;
    }

    @Bean
    @Order(8)
    RegisterTrigger movinghouseTrigger(CaseOpening opening) {
        return new MoveTrigger(opening);
    }
}
