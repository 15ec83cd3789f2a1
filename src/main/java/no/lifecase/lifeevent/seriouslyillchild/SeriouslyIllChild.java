package no.lifecase.lifeevent.seriouslyillchild;

import no.lifecase.casefile.CaseService;
import no.lifecase.lifeevent.NotInTheModel;

/**
 * The names that code, tests and the process model {@code seriously-ill-child.bpmn} in this folder share: element ids,
 * variables, decisions, forms, delegates, agencies and notices. Change one here and in the model together. Facts behind
 * the model: docs/domain.md#seriously-ill-child and the model's annotations; the start rule: docs/adr/0019.
 */
public final class SeriouslyIllChild {

    public static final String PROCESS_ID = "seriously-ill-child";

    private SeriouslyIllChild() {
    }

    /** Element ids, as they appear in history, in tests and in the case timeline's activity ids. */
    public static final class Element {
        public static final String START_HELP_ASKED_FOR = "StartEvent_HelpAskedFor";
        public static final String RECORD_START_CHECK = "Task_RecordStartCheck";
        public static final String FIND_FAMILY = "Task_FindFamily";
        public static final String CHILD_NOT_FOUND = "Event_ChildNotFound";
        public static final String END_CHILD_NOT_FOUND = "EndEvent_ChildNotFound";
        public static final String DECIDE_AGENCIES = "Task_DecideAgencies";
        public static final String FIND_HOSPITAL = "Task_FindHospital";
        public static final String GATEWAY_CASE_FORK = "Gateway_CaseFork";

        public static final String WRITE_DOCTOR_STATEMENT = "Task_WriteDoctorStatement";
        public static final String DECIDE_CARE_BENEFIT = "Task_DecideCareBenefit";
        public static final String ASSESS_CARE_BENEFIT = "Task_AssessCareBenefit";
        public static final String SEND_CARE_BENEFIT_LETTER = "Task_SendCareBenefitLetter";

        public static final String OFFER_MUNICIPAL_SERVICES = "Task_OfferMunicipalServices";
        public static final String OFFER_REMINDER_DUE = "Event_OfferReminderDue";
        public static final String REMIND_OF_MUNICIPAL_OFFER = "Task_RemindOfMunicipalOffer";
        public static final String END_REMINDED_OF_MUNICIPAL_OFFER = "EndEvent_RemindedOfMunicipalOffer";
        public static final String MUNICIPAL_OFFER_EXPIRED = "Event_MunicipalOfferExpired";
        public static final String GATEWAY_MUNICIPAL_SERVICES_WANTED = "Gateway_MunicipalServicesWanted";
        public static final String NOTIFY_MUNICIPALITY = "Task_NotifyMunicipality";
        public static final String FOLLOW_UP_MUNICIPAL_SERVICES = "Task_FollowUpMunicipalServices";
        public static final String GATEWAY_MUNICIPAL_SERVICES_HANDLED = "Gateway_MunicipalServicesHandled";

        public static final String GATEWAY_CASE_JOIN = "Gateway_CaseJoin";
        public static final String END_FAMILY_HELPED = "EndEvent_FamilyHelped";

        /** The deadline paths of the agency tasks (ADR 0025): a reminder before the due date, escalation at it. */
        public static final String WRITE_DOCTOR_STATEMENT_DEADLINE_NEAR = "Timer_WriteDoctorStatementDeadlineNear";
        public static final String REMIND_WRITE_DOCTOR_STATEMENT = "Task_RemindWriteDoctorStatement";
        public static final String END_WRITE_DOCTOR_STATEMENT_REMINDED = "EndEvent_WriteDoctorStatementReminded";
        public static final String WRITE_DOCTOR_STATEMENT_DEADLINE_PASSED = "Timer_WriteDoctorStatementDeadlinePassed";
        public static final String ESCALATE_WRITE_DOCTOR_STATEMENT = "Task_EscalateWriteDoctorStatement";
        public static final String END_WRITE_DOCTOR_STATEMENT_ESCALATED = "EndEvent_WriteDoctorStatementEscalated";
        public static final String ASSESS_CARE_BENEFIT_DEADLINE_NEAR = "Timer_AssessCareBenefitDeadlineNear";
        public static final String REMIND_ASSESS_CARE_BENEFIT = "Task_RemindAssessCareBenefit";
        public static final String END_ASSESS_CARE_BENEFIT_REMINDED = "EndEvent_AssessCareBenefitReminded";
        public static final String ASSESS_CARE_BENEFIT_DEADLINE_PASSED = "Timer_AssessCareBenefitDeadlinePassed";
        public static final String ESCALATE_ASSESS_CARE_BENEFIT = "Task_EscalateAssessCareBenefit";
        public static final String END_ASSESS_CARE_BENEFIT_ESCALATED = "EndEvent_AssessCareBenefitEscalated";
        public static final String FOLLOW_UP_MUNICIPAL_SERVICES_DEADLINE_NEAR = "Timer_FollowUpMunicipalServicesDeadlineNear";
        public static final String REMIND_FOLLOW_UP_MUNICIPAL_SERVICES = "Task_RemindFollowUpMunicipalServices";
        public static final String END_FOLLOW_UP_MUNICIPAL_SERVICES_REMINDED = "EndEvent_FollowUpMunicipalServicesReminded";
        public static final String FOLLOW_UP_MUNICIPAL_SERVICES_DEADLINE_PASSED = "Timer_FollowUpMunicipalServicesDeadlinePassed";
        public static final String ESCALATE_FOLLOW_UP_MUNICIPAL_SERVICES = "Task_EscalateFollowUpMunicipalServices";
        public static final String END_FOLLOW_UP_MUNICIPAL_SERVICES_ESCALATED = "EndEvent_FollowUpMunicipalServicesEscalated";

        private Element() {
        }
    }

    /** Process variables: what gateways, routing and tasks need, nothing more. */
    public static final class Variable {
        /** Set at start. */
        public static final String CASE_REF = CaseService.CASE_REF;
        /** Set at start: the child's fødselsnummer. */
        @NotInTheModel("the case opening sets it on every process; the delegates read it")
        public static final String SUBJECT = CaseService.SUBJECT;

        /** Set at start by {@code SeriouslyIllChildStart}: the parent who asked (fødselsnummer); the citizen tasks are theirs. */
        public static final String APPLICANT = "applicant";
        /**
         * Set at start by the start rule and again by {@link Delegate#FIND_FAMILY}: everyone with parental responsibility
         * for the child (JSON list). They may see and act in the case (RepresentationFromTheCase).
         */
        @NotInTheModel("the start rule writes it; representation reads it")
        public static final String PARENTS_WITH_RESPONSIBILITY = "parentsWithResponsibility";
        /** Set at start: the child's age in whole years on the day the case opened (integer). */
        public static final String CHILD_AGE = "childAge";

        /** Start form answers. */
        public static final String CHILD = "child";
        public static final String TREATING_HOSPITAL = "treatingHospital";
        public static final String HOSPITALISED = "hospitalised";
        public static final String EMPLOYMENT = "employment";
        /** Yearly income before tax in kroner (a Long); null when the parent has none to state. */
        public static final String ANNUAL_INCOME = "annualIncome";
        /** Set at start: the basic amount G in kroner in force on the day of the claim (docs/adr/0058). */
        public static final String BASIC_AMOUNT = "grunnbelop";

        /** Set by {@link Delegate#FIND_FAMILY}: kommunenummer of the child's residence; absent when the address is protected. */
        public static final String RESIDENCE_MUNICIPALITY = "residenceMunicipality";
        public static final String ADDRESS_PROTECTED = "addressProtected";

        /** Set by decision {@link Decision#AGENCY_ROUTING}. */
        public static final String NAV_AGENCY = "navAgency";
        public static final String MUNICIPAL_AGENCY = "municipalAgency";
        /** Set by decision {@link Decision#HOSPITAL_ROUTING}: the health trust whose doctor writes the statement. */
        public static final String HOSPITAL_AGENCY = "hospitalAgency";

        /** Set by form {@link Form#DOCTOR_STATEMENT}. */
        public static final String STATEMENT_BY_HOSPITAL_DOCTOR = "statementByHospitalDoctor";
        public static final String NEEDS_CONTINUOUS_CARE = "needsContinuousCare";
        public static final String CHILD_HOSPITALISED = "childHospitalised";

        /**
         * Set by decision {@link Decision#CARE_BENEFIT}: the rules' recommendation ({@code granted}, {@code refused}, or
         * none), which the Nav caseworker sees; the caseworker decides (docs/adr/0055).
         */
        public static final String CARE_BENEFIT_RECOMMENDATION = "careBenefitRecommendation";
        /** Set by decision {@link Decision#CARE_BENEFIT}: why (shown to the Nav caseworker). */
        public static final String CARE_BENEFIT_REASON = "careBenefitReason";
        /** Set by decision {@link Decision#CARE_BENEFIT}: both parents may get care benefit (boolean). */
        public static final String BOTH_PARENTS = "bothParents";
        /** Set by form {@link Form#ASSESS_CARE_BENEFIT}: the caseworker's decision and reasons (docs/adr/0055). */
        public static final String DECISION_OUTCOME = "decisionOutcome";
        public static final String DECISION_REASONS = "decisionReasons";
        /** Set by form {@link Form#ASSESS_CARE_BENEFIT} for a grant: the grading in percent. */
        public static final String CARE_BENEFIT_GRADING = "careBenefitGrading";

        /** Set by form {@link Form#MUNICIPAL_SERVICES_OFFER}. */
        public static final String MUNICIPAL_SERVICES_ANSWER = "municipalServicesAnswer";
        public static final String WANTS_RELIEF_CARE = "wantsReliefCare";
        public static final String WANTS_COORDINATOR = "wantsCoordinator";
        public static final String WANTS_INDIVIDUAL_PLAN = "wantsIndividualPlan";
        /** Set by form {@link Form#MUNICIPAL_FOLLOW_UP}. */
        public static final String MUNICIPAL_FOLLOW_UP_OUTCOME = "municipalFollowUpOutcome";

        /** Receipts from notify-agency ({@code receiptReceived}), one per notice. */
        public static final String MUNICIPAL_SERVICES_RECEIPT = "municipalServicesReceipt";

        private Variable() {
        }
    }

    /** Values of {@link Variable#MUNICIPAL_SERVICES_ANSWER}. */
    public static final class MunicipalServicesAnswer {
        public static final String ACCEPT = "accept";
        public static final String DECLINE = "decline";

        private MunicipalServicesAnswer() {
        }
    }

    /** Values of {@link Variable#EMPLOYMENT}. */
    public static final class Employment {
        public static final String EMPLOYEE = "employee";
        public static final String SELF_EMPLOYED = "self-employed";
        public static final String FREELANCER = "freelancer";
        public static final String NOT_WORKING = "not-working";

        private Employment() {
        }
    }

    /** BPMN error codes the delegates throw. */
    public static final class Error {
        /** Thrown by {@link Delegate#FIND_FAMILY} when Folkeregisteret does not know the child. */
        public static final String PERSON_NOT_FOUND = "Error_PersonNotFound";

        private Error() {
        }
    }

    /** Spring bean names of the delegates the model calls with {@code camunda:delegateExpression}. */
    public static final class Delegate {
        public static final String RECORD_START_CHECK = "recordParentalResponsibilityCheck";
        public static final String FIND_FAMILY = "findFamily";
        public static final String SEND_CARE_BENEFIT_LETTER = "sendCareBenefitLetter";
        public static final String SEND_MUNICIPAL_OFFER_REMINDER = "sendMunicipalOfferReminder";
        /** The deadline delegates of every agency task (ADR 0025); the timers' dates come from the bean {@code taskDeadline}. */
        public static final String REMIND_AGENCY = "remindAgency";
        public static final String ESCALATE_TO_SUPERVISORS = "escalateToSupervisors";

        private Delegate() {
        }
    }

    /** Decision ids in {@code decisions/} in this folder. */
    public static final class Decision {
        public static final String AGENCY_ROUTING = "sick-child-agency-routing";
        public static final String HOSPITAL_ROUTING = "sick-child-hospital-routing";
        public static final String CARE_BENEFIT = "care-benefit";

        private Decision() {
        }
    }

    /** Form ids in {@code forms/} in this folder. */
    public static final class Form {
        public static final String START = "seriously-ill-child-start";
        public static final String DOCTOR_STATEMENT = "sick-child-doctor-statement";
        public static final String ASSESS_CARE_BENEFIT = "assess-care-benefit";
        public static final String MUNICIPAL_SERVICES_OFFER = "municipal-services-offer";
        public static final String MUNICIPAL_FOLLOW_UP = "municipal-services-follow-up";

        private Form() {
        }
    }

    /** Agencies (candidate groups and notify-agency's {@code agency}). */
    public static final class Agency {
        public static final String NAV = "nav";
        public static final String NAV_PROTECTED = "nav-vikafossen";
        public static final String MUNICIPALITY_PREFIX = "kommune-";
        public static final String HEALTH_TRUST_PREFIX = "helseforetak-";
        /** Municipal and hospital work for a protected address, or when no office can be found (see the routing DMNs). */
        public static final String NATIONAL_HEALTH_SERVICE_FALLBACK = "nasjonal-helsetjeneste";

        private Agency() {
        }
    }

    /** Notice ids sent with the shared call activity {@code notify-agency}, and letter ids. */
    public static final class Notice {
        public static final String MUNICIPAL_SERVICES = "sick-child-municipal-services";
        /** The caseworker's decision on care benefit, to each living parent with responsibility (docs/adr/0055). */
        public static final String CARE_BENEFIT_GRANTED_LETTER = "care-benefit-granted";
        public static final String CARE_BENEFIT_REFUSED_LETTER = "care-benefit-refused";
        public static final String MUNICIPAL_OFFER_REMINDER = "municipal-services-reminder";

        private Notice() {
        }
    }
}
