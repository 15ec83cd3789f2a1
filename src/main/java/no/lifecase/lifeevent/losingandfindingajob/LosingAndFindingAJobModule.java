package no.lifecase.lifeevent.losingandfindingajob;


import static no.lifecase.lifeevent.Involved.agency;
import static no.lifecase.lifeevent.Involved.routed;

import java.util.List;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.SendLetterDelegate;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.CaseService;
import no.lifecase.casefile.Representatives;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The life event "losing and finding a job": what the catalogue, the case file and the portal know of it, and the
 * beans only it needs. Its place in the catalogue is 4.
 */
@Configuration(proxyBeanMethods = false)
public class LosingAndFindingAJobModule {

    public static final LifeEvent LIFE_EVENT = new LifeEvent(LosingAndFindingAJob.PROCESS_ID,
            new Text("Miste og finne jobb", "Miste og finne jobb", "Losing and finding a job"),
            new Text("Arbeids- og velferdsetaten (Nav)", "Arbeids- og velferdsetaten (Nav)", "Norwegian Labour and Welfare Administration (Nav)"),
            Trigger.citizen("Du starter selv på Min side når du mister jobben eller blir permittert.",
                    "Du startar sjølv på Mi side når du mistar jobben eller blir permittert.",
                    "You start it yourself on My page when you lose your job or are laid off."),
            List.of(agency("nav")),
            new AccessPurpose(new Text("Å vurdere dagpenger og følge deg opp som arbeidssøker",
                    "Å vurdere dagpengar og følgje deg opp som arbeidssøkjar",
                    "To assess unemployment benefit and follow up the job seeker"),
                    new Text("folkeregisterloven § 10-2; folketrygdloven kapittel 4", "folkeregisterlova § 10-2; folketrygdlova kapittel 4",
                            "folkeregisterloven § 10-2; folketrygdloven chapter 4")),
            Representatives.NONE);

    @Bean
    @Order(4)
    LifeEvent losingAndFindingAJobLifeEvent() {
        return LIFE_EVENT;
    }

    /** The advance notice before a proposed refusal of unemployment benefit (forvaltningsloven § 16). */
    @Bean(LosingAndFindingAJob.Delegate.SEND_ADVANCE_NOTICE)
    SendLetterDelegate sendUnemploymentBenefitAdvanceNotice(CitizenLetters letters) {
        return new SendLetterDelegate(letters, LosingAndFindingAJob.Letter.ADVANCE_NOTICE, CaseService.SUBJECT);
    }
}
