package no.lifecase.lifeevent.havingachild;

import no.lifecase.casefile.CaseService;
import no.lifecase.lifeevent.NotInTheModel;
import no.lifecase.register.folkeregisteret.FolkeregisteretFeed;

/**
 * The names that code, tests and the process model {@code having-a-child.bpmn} in this folder share: element ids, variables,
 * messages, errors, decisions, forms, delegates, agencies and notices. Change one here and in the model together. Facts
 * and deadlines behind the model: docs/domain.md#having-a-child and the model's annotations.
 */
public final class HavingAChild {

    public static final String PROCESS_ID = "having-a-child";

    /** A person created with a birth this many days back counts as a newborn: the feed's rule (docs/adr/0009). */
    public static final int NEWBORN_DAYS = FolkeregisteretFeed.NEWBORN_DAYS;

    private HavingAChild() {
    }

    /** Element ids, as they appear in history, in tests and in the case timeline's activity ids. */
    public static final class Element {
        public static final String START_CHILD_BORN = "StartEvent_ChildBorn";
        public static final String FIND_FAMILY = "Task_FindFamily";
        public static final String PERSON_NOT_FOUND = "Event_PersonNotFound";
        public static final String CHECK_BIRTH_REGISTRATION = "Task_CheckBirthRegistration";
        public static final String END_BIRTH_REGISTRATION_CHECKED = "EndEvent_BirthRegistrationChecked";
        public static final String FIND_HEALTH_SERVICE = "Task_FindHealthService";
        public static final String GATEWAY_STILLBIRTH = "Gateway_Stillbirth";

        public static final String GATEWAY_STILLBIRTH_FORK = "Gateway_StillbirthFork";
        public static final String NOTIFY_NAV_OF_STILLBIRTH = "Task_NotifyNavOfStillbirth";
        public static final String CONTACT_FAMILY_AFTER_STILLBIRTH = "Task_ContactFamilyAfterStillbirth";
        public static final String NOTIFY_HEALTH_SERVICE_OF_STILLBIRTH = "Task_NotifyHealthServiceOfStillbirth";
        public static final String GATEWAY_STILLBIRTH_JOIN = "Gateway_StillbirthJoin";
        public static final String END_SERVICES_INFORMED = "EndEvent_ServicesInformed";

        public static final String GATEWAY_OFFERS_FORK = "Gateway_OffersFork";
        public static final String READ_CHILD_BENEFIT_FACTS = "Task_ReadChildBenefitFacts";
        public static final String DECIDE_CHILD_BENEFIT = "Task_DecideChildBenefit";
        public static final String GATEWAY_CHILD_BENEFIT_AUTOMATIC = "Gateway_ChildBenefitAutomatic";
        public static final String GRANT_CHILD_BENEFIT = "Task_GrantChildBenefit";
        public static final String TELL_NAV_TO_PAY_CHILD_BENEFIT = "Task_TellNavToPayChildBenefit";
        public static final String ASSESS_CHILD_BENEFIT = "Task_AssessChildBenefit";
        public static final String SEND_CHILD_BENEFIT_DECISION = "Task_SendChildBenefitDecision";
        public static final String GATEWAY_CHILD_BENEFIT_DECIDED = "Gateway_ChildBenefitDecided";

        public static final String CHOOSE_PARENTAL_BENEFIT = "Task_ChooseParentalBenefit";
        public static final String CHOICE_REMINDER_DUE = "Event_ChoiceReminderDue";
        public static final String REMIND_PARENTS_TO_CHOOSE = "Task_RemindParentsToChoose";
        public static final String END_PARENTS_REMINDED = "EndEvent_ParentsReminded";
        public static final String OFFER_EXPIRED = "Event_OfferExpired";
        public static final String GATEWAY_PARENTAL_BENEFIT_CHOICE = "Gateway_ParentalBenefitChoice";
        public static final String SEND_PARENTAL_BENEFIT_APPLICATION = "Task_SendParentalBenefitApplication";
        public static final String GATEWAY_PARENTAL_BENEFIT_HANDLED = "Gateway_ParentalBenefitHandled";

        public static final String HOME_VISIT = "Task_HomeVisit";

        public static final String GATEWAY_HAS_TEMPORARY_NAME = "Gateway_HasTemporaryName";
        public static final String GATEWAY_WAIT_FOR_NAME = "Gateway_WaitForName";
        public static final String CHILD_NAMED = "Event_ChildNamed";
        public static final String NAMING_DEADLINE_PASSED = "Event_NamingDeadlinePassed";
        public static final String LOOK_UP_CHILD_NAME = "Task_LookUpChildName";
        public static final String GATEWAY_STILL_TEMPORARY_NAME = "Gateway_StillTemporaryName";
        public static final String SEND_NAME_REMINDER = "Task_SendNameReminder";
        public static final String GATEWAY_REMINDER_HANDLED = "Gateway_ReminderHandled";
        public static final String GATEWAY_NAME_HANDLED = "Gateway_NameHandled";

        public static final String GATEWAY_OFFERS_JOIN = "Gateway_OffersJoin";
        public static final String END_FAMILY_OFFERED = "EndEvent_FamilyOffered";

        private Element() {
        }
        // The deadline timers of the agency tasks and their paths (ADR 0025).
        public static final String CHECK_BIRTH_REGISTRATION_DEADLINE_NEAR = "Timer_CheckBirthRegistrationDeadlineNear";
        public static final String REMIND_CHECK_BIRTH_REGISTRATION = "Task_RemindCheckBirthRegistration";
        public static final String END_CHECK_BIRTH_REGISTRATION_REMINDED = "EndEvent_CheckBirthRegistrationReminded";
        public static final String CHECK_BIRTH_REGISTRATION_DEADLINE_PASSED = "Timer_CheckBirthRegistrationDeadlinePassed";
        public static final String ESCALATE_CHECK_BIRTH_REGISTRATION = "Task_EscalateCheckBirthRegistration";
        public static final String END_CHECK_BIRTH_REGISTRATION_ESCALATED = "EndEvent_CheckBirthRegistrationEscalated";
        public static final String CONTACT_FAMILY_AFTER_STILLBIRTH_DEADLINE_NEAR = "Timer_ContactFamilyAfterStillbirthDeadlineNear";
        public static final String REMIND_CONTACT_FAMILY_AFTER_STILLBIRTH = "Task_RemindContactFamilyAfterStillbirth";
        public static final String END_CONTACT_FAMILY_AFTER_STILLBIRTH_REMINDED = "EndEvent_ContactFamilyAfterStillbirthReminded";
        public static final String CONTACT_FAMILY_AFTER_STILLBIRTH_DEADLINE_PASSED = "Timer_ContactFamilyAfterStillbirthDeadlinePassed";
        public static final String ESCALATE_CONTACT_FAMILY_AFTER_STILLBIRTH = "Task_EscalateContactFamilyAfterStillbirth";
        public static final String END_CONTACT_FAMILY_AFTER_STILLBIRTH_ESCALATED = "EndEvent_ContactFamilyAfterStillbirthEscalated";
        public static final String ASSESS_CHILD_BENEFIT_DEADLINE_NEAR = "Timer_AssessChildBenefitDeadlineNear";
        public static final String REMIND_ASSESS_CHILD_BENEFIT = "Task_RemindAssessChildBenefit";
        public static final String END_ASSESS_CHILD_BENEFIT_REMINDED = "EndEvent_AssessChildBenefitReminded";
        public static final String ASSESS_CHILD_BENEFIT_DEADLINE_PASSED = "Timer_AssessChildBenefitDeadlinePassed";
        public static final String ESCALATE_ASSESS_CHILD_BENEFIT = "Task_EscalateAssessChildBenefit";
        public static final String END_ASSESS_CHILD_BENEFIT_ESCALATED = "EndEvent_AssessChildBenefitEscalated";
        public static final String HOME_VISIT_DEADLINE_NEAR = "Timer_HomeVisitDeadlineNear";
        public static final String REMIND_HOME_VISIT = "Task_RemindHomeVisit";
        public static final String END_HOME_VISIT_REMINDED = "EndEvent_HomeVisitReminded";
        public static final String HOME_VISIT_DEADLINE_PASSED = "Timer_HomeVisitDeadlinePassed";
        public static final String ESCALATE_HOME_VISIT = "Task_EscalateHomeVisit";
        public static final String END_HOME_VISIT_ESCALATED = "EndEvent_HomeVisitEscalated";
    }

    /** Process variables: what gateways, routing and tasks need, nothing more. */
    public static final class Variable {
        /** Set at start. */
        public static final String CASE_REF = CaseService.CASE_REF;
        /** Set at start: the child's fødselsnummer. */
        @NotInTheModel("the case opening sets it on every process; the delegates read it")
        public static final String SUBJECT = CaseService.SUBJECT;
        /** Set at start by the feed for a stillbirth; absent means false. */
        public static final String STILLBIRTH = "stillbirth";

        /** Set by {@link Delegate#FIND_FAMILY}. */
        @NotInTheModel("findFamily writes it; representation and sendNameReminder read it")
        public static final String PARENTS_WITH_RESPONSIBILITY = "parentsWithResponsibility";
        public static final String MOTHER_ID = "motherId";
        public static final String CHILD_HAS_D_NUMBER = "childHasDNumber";
        public static final String ANY_PARENT_HAS_D_NUMBER = "anyParentHasDNumber";
        public static final String CHILD_HAS_RESIDENCE_ADDRESS = "childHasResidenceAddress";
        /** Kommunenummer of the child's residence; absent when the address is protected. */
        public static final String RESIDENCE_MUNICIPALITY = "residenceMunicipality";
        public static final String ADDRESS_PROTECTED = "addressProtected";
        /** Also set by {@link Delegate#LOOK_UP_PERSON}. */
        public static final String HAS_TEMPORARY_NAME = "hasTemporaryName";

        /** Set by {@link Delegate#READ_CHILD_BENEFIT_FACTS}: what child benefit rests on besides the family. */
        public static final String CHILD_BORN_ABROAD = "childBornAbroad";
        public static final String MOTHER_RESIDENT = "motherResident";
        public static final String ANY_PARENT_EEA_CITIZEN = "anyParentEeaCitizen";

        /** Set by decision {@link Decision#CHILD_BENEFIT}: {@code rules} or {@code caseworker} (docs/adr/0055). */
        public static final String CHILD_BENEFIT_DECIDED_BY = "childBenefitDecidedBy";
        /** Set by decision {@link Decision#CHILD_BENEFIT}: why a caseworker decides, and what to find out. */
        public static final String CHILD_BENEFIT_REASON = "childBenefitReason";
        public static final String CHILD_BENEFIT_ADVICE = "childBenefitAdvice";
        /** Set by decision {@link Decision#AGENCY_ROUTING}: candidate group of the municipal health service. */
        public static final String HEALTH_SERVICE_AGENCY = "healthServiceAgency";

        /** Set by form {@link Form#PARENTAL_BENEFIT_OFFER}. */
        public static final String PARENTAL_BENEFIT_CHOICE = "parentalBenefitChoice";
        public static final String PARENTAL_BENEFIT_COVERAGE = "parentalBenefitCoverage";
        /** Set by the decision forms ({@link Form#ASSESS_CHILD_BENEFIT}): the caseworker's decision (docs/adr/0055). */
        public static final String DECISION_OUTCOME = "decisionOutcome";
        public static final String DECISION_REASONS = "decisionReasons";
        /** Set by form {@link Form#HOME_VISIT}. */
        public static final String HOME_VISIT_OUTCOME = "homeVisitOutcome";
        /** Set by form {@link Form#STILLBIRTH_CONTACT}. */
        public static final String STILLBIRTH_CONTACT_OUTCOME = "stillbirthContactOutcome";
        /** Set by form {@link Form#BIRTH_REGISTRATION_CHECK}. */
        public static final String BIRTH_REGISTRATION_OUTCOME = "birthRegistrationOutcome";

        /** Receipts from notify-agency ({@code receiptReceived}), one per notice. */
        public static final String PARENTAL_BENEFIT_APPLICATION_RECEIPT = "parentalBenefitApplicationReceipt";
        public static final String NAV_STILLBIRTH_NOTICE_RECEIPT = "navStillbirthNoticeReceipt";
        public static final String HEALTH_SERVICE_STILLBIRTH_NOTICE_RECEIPT = "healthServiceStillbirthNoticeReceipt";

        private Variable() {
        }
    }

    /** Values of {@link Variable#PARENTAL_BENEFIT_CHOICE}. */
    public static final class ParentalBenefitChoice {
        public static final String FORELDREPENGER = "foreldrepenger";
        public static final String ENGANGSSTONAD = "engangsstonad";
        public static final String DECLINE = "decline";

        private ParentalBenefitChoice() {
        }
    }

    /** Values of {@link Variable#CHILD_BENEFIT_REASON}: why a caseworker decides child benefit. */
    public static final class ChildBenefitReason {
        public static final String CHILD_D_NUMBER = "child-d-number";
        public static final String PARENT_D_NUMBER = "parent-d-number";
        public static final String NO_RESIDENCE_ADDRESS = "no-residence-address";
        public static final String CHILD_BORN_ABROAD = "child-born-abroad";
        public static final String MOTHER_NOT_RESIDENT = "mother-not-resident";
        public static final String EEA_CONNECTION = "eea-connection";
        public static final String MISSING_INFORMATION = "missing-information";

        private ChildBenefitReason() {
        }
    }

    /** Message names the register feeds deliver into a running case (the case whose subject is the child). */
    public static final class Message {
        /**
         * Folkeregisteret {@code endringINavn} for the child: the temporary name was replaced by the chosen one.
         * The model's message element is {@code Message_ChildNameRegistered}.
         */
        public static final String CHILD_NAME_REGISTERED = "ChildNameRegistered";

        private Message() {
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
        public static final String FIND_FAMILY = "findFamily";
        public static final String GRANT_CHILD_BENEFIT = "grantChildBenefit";
        public static final String READ_CHILD_BENEFIT_FACTS = "readChildBenefitFacts";
        public static final String SEND_CHILD_BENEFIT_DECISION = "sendChildBenefitDecision";
        public static final String SEND_CHOICE_REMINDER = "sendChoiceReminder";
        public static final String LOOK_UP_PERSON = "lookUpPerson";
        public static final String SEND_NAME_REMINDER = "sendNameReminder";
        public static final String TELL_NAV_TO_PAY_CHILD_BENEFIT = "tellNavToPayChildBenefit";

        private Delegate() {
        }
        /** The reminder and escalation after an agency task's deadline timers (ADR 0025); they run in the timer's job. */
        public static final String REMIND_AGENCY = "remindAgency";
        public static final String ESCALATE_TO_SUPERVISORS = "escalateToSupervisors";
    }

    /** Decision ids in {@code decisions/} in this folder. */
    public static final class Decision {
        public static final String CHILD_BENEFIT = "child-benefit";
        public static final String AGENCY_ROUTING = "birth-agency-routing";

        private Decision() {
        }
    }

    /** Form ids in {@code forms/} in this folder. */
    public static final class Form {
        public static final String ASSESS_CHILD_BENEFIT = "assess-child-benefit";
        public static final String PARENTAL_BENEFIT_OFFER = "parental-benefit-offer";
        public static final String HOME_VISIT = "home-visit";
        public static final String STILLBIRTH_CONTACT = "birth-stillbirth-contact";
        public static final String BIRTH_REGISTRATION_CHECK = "birth-registration-check";

        private Form() {
        }
    }

    /** Agencies (candidate groups and notify-agency's {@code agency}). */
    public static final class Agency {
        public static final String NAV = "nav";
        public static final String SKATTEETATEN = "skatteetaten";
        public static final String MUNICIPALITY_PREFIX = "kommune-";
        /**
         * Where municipal health tasks go when the municipality may not or cannot be known: a protected address,
         * or no residence address. See the annotation in {@code birth-agency-routing.dmn}.
         */
        public static final String NATIONAL_HEALTH_SERVICE_FALLBACK = "nasjonal-helsetjeneste";

        private Agency() {
        }
    }

    /** Notice ids sent with the shared call activity {@code notify-agency}. */
    public static final class Notice {
        public static final String STILLBIRTH = "birth-stillbirth";
        public static final String STILLBIRTH_FOLLOW_UP = "stillbirth-follow-up";
        public static final String PARENTAL_BENEFIT_APPLICATION = "parental-benefit-application";

        private Notice() {
        }
    }
}
