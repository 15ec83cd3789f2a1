package no.lifecase.lifeevent.havingachild;

import static no.lifecase.agency.AgencyKind.MUNICIPALITY;
import static no.lifecase.lifeevent.Involved.agency;
import static no.lifecase.lifeevent.Involved.routed;

import java.util.List;
import no.lifecase.agency.AgencyNotices;
import no.lifecase.agency.CitizenLetters;
import no.lifecase.agency.SendLetterDelegate;
import no.lifecase.agency.SendNoticeDelegate;
import no.lifecase.casefile.AccessPurpose;
import no.lifecase.casefile.Representatives;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.language.Text;
import no.lifecase.lifeevent.Trigger;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * The life event "having a child": what the catalogue, the case file and the portal know of it, and the beans only it
 * needs. Its place in the catalogue is 1.
 */
@Configuration(proxyBeanMethods = false)
public class HavingAChildModule {

    /** What Nav is told when the rules granted child benefit by themselves. */
    static final String CHILD_BENEFIT_GRANTED_AUTOMATICALLY = "child-benefit-granted-automatically";

    public static final LifeEvent LIFE_EVENT = new LifeEvent(HavingAChild.PROCESS_ID,
            new Text("Få barn", "Få barn", "Having a child"),
            new Text("Arbeids- og velferdsetaten (Nav)", "Arbeids- og velferdsetaten (Nav)", "Norwegian Labour and Welfare Administration (Nav)"),
            Trigger.registerEvent("Folkeregisteret", List.of("personErOpprettet", "endringIFamilierelasjon"),
                    "Et barn blir registrert født i Folkeregisteret (eller et dødfødt barn hos moren).",
                    "Eit barn blir registrert fødd i Folkeregisteret (eller eit dødfødd barn hos mora).",
                    "A child is registered as born in Folkeregisteret (or a stillborn child with the mother)."),
            List.of(agency("nav"), agency("skatteetaten"),
                    routed(MUNICIPALITY, "Kommunen der barnet bor (helsestasjon)", "Kommunen der barnet bur (helsestasjon)",
                            "The child's municipality (health clinic)")),
            new AccessPurpose(new Text("Å tilby barnetrygd, foreldrepenger og hjemmebesøk for det nye barnet",
                    "Å tilby barnetrygd, foreldrepengar og heimebesøk for det nye barnet",
                    "To offer child benefit, parental benefit and a home visit for the new child"),
                    new Text("folkeregisterloven § 10-2; barnetrygdloven § 4; folketrygdloven kapittel 14",
                            "folkeregisterlova § 10-2; barnetrygdlova § 4; folketrygdlova kapittel 14",
                            "folkeregisterloven § 10-2; barnetrygdloven § 4; folketrygdloven chapter 14")),
            // A parent with parental responsibility (or the mother) acts for the child.
            Representatives.forTheSubject(HavingAChild.Variable.PARENTS_WITH_RESPONSIBILITY, HavingAChild.Variable.MOTHER_ID))
            // A stillborn child has no case of its own: the mother's case must read as what it is, never as an offer for a
            // new child (docs/adr/0051).
            .withVariant(new LifeEvent.Variant(HavingAChild.Variable.STILLBIRTH, HavingAChild.Variable.STILLBIRTH,
                    new Text("Dødfødsel", "Dødfødsel", "Stillbirth"),
                    new AccessPurpose(new Text("Å gi Nav og helsetjenesten i kommunen beskjed om dødfødselen, så de kan støtte familien",
                            "Å gi Nav og helsetenesta i kommunen beskjed om dødfødselen, så dei kan støtte familien",
                            "To tell Nav and the municipal health service about the stillbirth, so that they can support the family"),
                            new Text("folkeregisterloven § 10-2; folketrygdloven kapittel 14; helse- og omsorgstjenesteloven § 3-2",
                                    "folkeregisterlova § 10-2; folketrygdlova kapittel 14; helse- og omsorgstenestelova § 3-2",
                                    "folkeregisterloven § 10-2; folketrygdloven chapter 14; helse- og omsorgstjenesteloven § 3-2"))));

    @Bean
    @Order(1)
    LifeEvent havingAChildLifeEvent() {
        return LIFE_EVENT;
    }

    @Bean
    JavaDelegate sendNameReminder(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "name-reminder", HavingAChild.Variable.PARENTS_WITH_RESPONSIBILITY);
    }

    /** The rules granted child benefit (Task_GrantChildBenefit sent the letter): Nav starts paying. */
    @Bean(HavingAChild.Delegate.TELL_NAV_TO_PAY_CHILD_BENEFIT)
    JavaDelegate tellNavToPayChildBenefit(AgencyNotices notices) {
        return new SendNoticeDelegate(notices, "nav", CHILD_BENEFIT_GRANTED_AUTOMATICALLY);
    }

    @Bean
    JavaDelegate sendChoiceReminder(CitizenLetters letters) {
        return new SendLetterDelegate(letters, "parental-benefit-reminder", HavingAChild.Variable.MOTHER_ID);
    }
}
