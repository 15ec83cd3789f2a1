package no.lifecase.lifeevent;

import java.util.List;
import no.lifecase.lifeevent.deathandinheritance.DeathAndInheritanceModule;
import no.lifecase.lifeevent.havingachild.HavingAChildModule;
import no.lifecase.lifeevent.losingandfindingajob.LosingAndFindingAJobModule;
import no.lifecase.lifeevent.newinnorway.NewInNorwayModule;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChildModule;
import no.lifecase.lifeevent.startingabusiness.StartingABusinessModule;
import no.lifecase.lifeevent.startingavoluntaryorganisation.StartingAVoluntaryOrganisationModule;

/** The seven life events Lifecase ships, in the catalogue's order, for tests that run without Spring. */
public final class ShippedLifeEvents {

    private ShippedLifeEvents() {
    }

    public static LifeEvents all() {
        return new LifeEvents(List.of(HavingAChildModule.LIFE_EVENT, DeathAndInheritanceModule.LIFE_EVENT,
                NewInNorwayModule.LIFE_EVENT, LosingAndFindingAJobModule.LIFE_EVENT, SeriouslyIllChildModule.LIFE_EVENT,
                StartingABusinessModule.LIFE_EVENT, StartingAVoluntaryOrganisationModule.LIFE_EVENT));
    }
}
