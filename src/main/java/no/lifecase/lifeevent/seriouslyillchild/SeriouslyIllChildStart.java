package no.lifecase.lifeevent.seriouslyillchild;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.lifecase.identity.Fodselsnummer;
import no.lifecase.identity.IdentityNumberType;
import no.lifecase.identity.InvalidIdentityNumber;
import no.lifecase.lifeevent.CitizenStart;
import no.lifecase.lifeevent.CitizenStartDecision.Open;
import no.lifecase.lifeevent.CitizenStartDecision.Refused;
import no.lifecase.lifeevent.CitizenStartDecision;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.lifeevent.seriouslyillchild.SeriouslyIllChild.Variable;
import no.lifecase.register.RegisterUnavailable;
import no.lifecase.register.folkeregisteret.FolkeregisteretClient;
import no.lifecase.register.inntekt.Grunnbelop;
import no.lifecase.register.folkeregisteret.Folkeregisterperson;
import no.lifecase.register.folkeregisteret.Part;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who may start "seriously ill child": a person with parental responsibility for the child, as Folkeregisteret
 * records it ({@code foreldreansvar} on the child's document), for a living child under 18. The case is about the
 * child; everyone with parental responsibility may follow it. A stranger learns nothing about the number they typed:
 * an unknown number and someone else's child get the same answer. The read happens before the case exists; the
 * case's first step notes it on the case ({@link RecordStartCheckDelegate}, docs/adr/0019).
 */
@Component
public class SeriouslyIllChildStart implements CitizenStart {

    /** The start form's field that names the child. */
    public static final String CHILD_FIELD = Variable.CHILD;

    public static final String NOT_YOUR_CHILD = "illchild.refused.notYourChild";
    public static final String NO_PARENTAL_RESPONSIBILITY = "illchild.refused.noParentalResponsibility";
    public static final String CHILD_DEAD = "illchild.refused.childDead";
    public static final String CHILD_ADULT = "illchild.refused.childAdult";

    /** The parts of the child's document the check reads: birth, status, death, family relations and parental responsibility. */
    static final Set<Part> CHILD_PARTS = Set.of(Part.FOEDSEL, Part.STATUS, Part.DOEDSFALL, Part.RELASJON_UTVIDET);
    /** The fields of the child's document the check uses, as the case's access log shows them. */
    public static final List<String> CHILD_FIELDS = List.of("foedsel.foedselsdato", "status", "doedsfall", "familierelasjon",
            "foreldreansvar");

    private static final Set<String> PARENT_ROLES = Set.of("mor", "far", "medmor");
    private static final Logger log = LoggerFactory.getLogger(SeriouslyIllChildStart.class);

    private final FolkeregisteretClient folkeregisteret;
    private final Grunnbelop grunnbelop;
    private final Clock clock;

    SeriouslyIllChildStart(FolkeregisteretClient folkeregisteret, Grunnbelop grunnbelop, Clock clock) {
        this.folkeregisteret = folkeregisteret;
        this.grunnbelop = grunnbelop;
        this.clock = clock;
    }

    @Override
    public LifeEvent lifeEvent() {
        return SeriouslyIllChildModule.LIFE_EVENT;
    }

    /** The child's number is checked before {@link #decide}: a mistyped number is corrected, not refused (ADR 0036). */
    @Override
    public Map<String, IdentityNumberType> identityNumberFields() {
        return Map.of(CHILD_FIELD, IdentityNumberType.FODSELSNUMMER);
    }

    /**
     * @throws InvalidIdentityNumber if the child's number is not valid, which {@link #identityNumberFields} prevents
     * @throws RegisterUnavailable   if Folkeregisteret is away: the citizen is asked to try again, nothing is refused
     */
    @Override
    public CitizenStartDecision decide(Fodselsnummer citizen, Map<String, Object> answers) {
        var child = Fodselsnummer.parse(answers.get(CHILD_FIELD) instanceof String text ? text : null, CHILD_FIELD);
        if (child.equals(citizen)) {
            return refused(citizen, child, NOT_YOUR_CHILD);
        }
        var document = folkeregisteret.person(child, CHILD_PARTS).orElse(null);
        if (document == null) {
            return refused(citizen, child, NOT_YOUR_CHILD);
        }
        var responsible = document.responsibleParents();
        var hasResponsibility = responsible.contains(citizen.value());
        if (!hasResponsibility && !isParent(document, citizen)) {
            return refused(citizen, child, NOT_YOUR_CHILD);
        }
        // Only the child's own parents get past here: what follows tells them nothing they do not know.
        if (document.isDead()) {
            return refused(citizen, child, CHILD_DEAD);
        }
        var age = ageOf(document, child);
        if (age >= 18) {
            return refused(citizen, child, CHILD_ADULT);
        }
        if (!hasResponsibility) {
            return refused(citizen, child, NO_PARENTAL_RESPONSIBILITY);
        }
        log.info("Seriously ill child: {} may start a case for {}", citizen.masked(), child.masked());
        var variables = variables(citizen, responsible, age, answers);
        // The income test counts in the G of the day the claim is made, not a figure fixed in the model.
        variables.put(Variable.BASIC_AMOUNT, grunnbelop.on(LocalDate.now(clock)));
        return new Open(child, variables);
    }

    private static boolean isParent(Folkeregisterperson child, Fodselsnummer citizen) {
        return Folkeregisterperson.current(child.familierelasjon())
                .anyMatch(relation -> citizen.value().equals(relation.relatertPerson()) && PARENT_ROLES.contains(relation.relatertPersonsRolle()));
    }

    /** Age in whole years today, from the register's birth date (or, failing that, the number's). */
    private int ageOf(Folkeregisterperson document, Fodselsnummer child) {
        LocalDate born = document.birthDate().or(child::birthDate).orElse(null);
        if (born == null) {
            return Integer.MAX_VALUE;   // no birth date at all: never treat the person as a minor on a guess
        }
        return Period.between(born, LocalDate.now(clock)).getYears();
    }

    private static Map<String, Object> variables(Fodselsnummer citizen, List<String> responsible, int age, Map<String, Object> answers) {
        var variables = new HashMap<String, Object>();
        variables.put(Variable.APPLICANT, citizen.value());
        // JSON, as the family delegate stores it: readable in Cockpit, and read by RepresentationFromTheCase.
        variables.put(Variable.PARENTS_WITH_RESPONSIBILITY, Variables.objectValue(new ArrayList<>(responsible))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        variables.put(Variable.CHILD_AGE, age);
        variables.put(Variable.TREATING_HOSPITAL, text(answers.get(Variable.TREATING_HOSPITAL)));
        variables.put(Variable.HOSPITALISED, Boolean.TRUE.equals(answers.get(Variable.HOSPITALISED))
                || "true".equals(answers.get(Variable.HOSPITALISED)));
        variables.put(Variable.EMPLOYMENT, text(answers.get(Variable.EMPLOYMENT)));
        variables.put(Variable.ANNUAL_INCOME, kroner(answers.get(Variable.ANNUAL_INCOME)));
        return variables;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** Whole kroner; null when not given (the care-benefit decision then leaves it to a caseworker). */
    private static Long kroner(Object value) {
        if (value instanceof Number amount) {
            return Math.round(amount.doubleValue());
        }
        if (value instanceof String text && !text.isBlank()) {
            try {
                return Math.round(Double.parseDouble(text.trim().replace(',', '.')));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private static Refused refused(Fodselsnummer citizen, Fodselsnummer child, String messageKey) {
        log.info("Seriously ill child: start by {} for {} refused ({})", citizen.masked(), child.masked(), messageKey);
        return new Refused(CHILD_FIELD, messageKey);
    }
}
