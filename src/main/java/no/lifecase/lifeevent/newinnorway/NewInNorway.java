package no.lifecase.lifeevent.newinnorway;

import no.lifecase.casefile.CaseService;

/**
 * The names that code, tests and the process model {@code new-in-norway.bpmn} in this folder share: element ids, variables,
 * messages, errors, decisions, forms, delegates, agencies and notices. Change one here and in the model together. Facts
 * and deadlines behind the model: docs/domain.md#new-in-norway, the model's annotations and ADR 16.
 */
public final class NewInNorway {

    public static final String PROCESS_ID = "new-in-norway";

    private NewInNorway() {
    }

    /** Element ids, as they appear in history, in tests and in the case timeline's activity ids. */
    public static final class Element {
        public static final String START_MOVED_TO_NORWAY = "StartEvent_MovedToNorway";
        public static final String LOOK_UP_NEWCOMER = "Task_LookUpNewcomer";
        public static final String PERSON_NOT_FOUND = "Event_PersonNotFound";
        public static final String CHECK_IMMIGRATION_REGISTRATION = "Task_CheckImmigrationRegistration";
        public static final String END_IMMIGRATION_REGISTRATION_CHECKED = "EndEvent_ImmigrationRegistrationChecked";
        public static final String FIND_RESIDENCE_BASIS = "Task_FindResidenceBasis";
        public static final String DECIDE_ENTITLEMENTS = "Task_DecideEntitlements";
        public static final String DECIDE_AGENCIES = "Task_DecideAgencies";
        public static final String SEND_WELCOME_LETTER = "Task_SendWelcomeLetter";
        public static final String GATEWAY_OFFERS_FORK = "Gateway_OffersFork";

        public static final String GATEWAY_IDENTITY_NUMBER = "Gateway_IdentityNumber";
        public static final String FODSELSNUMMER_GIVEN = "Event_FodselsnummerGiven";
        public static final String D_NUMBER_REPLACED = "Event_DNumberReplaced";
        public static final String APPLY_FOR_FODSELSNUMMER = "Task_ApplyForFodselsnummer";
        public static final String FODSELSNUMMER_ASSIGNED_MEANWHILE = "Event_FodselsnummerAssignedMeanwhile";
        public static final String APPLICATION_PERIOD_PASSED = "Event_ApplicationPeriodPassed";
        public static final String GATEWAY_STAYING_SIX_MONTHS = "Gateway_StayingSixMonths";
        public static final String SEND_MOVE_NOTIFICATION = "Task_SendMoveNotification";
        public static final String AWAIT_FODSELSNUMMER = "Task_AwaitFodselsnummer";
        public static final String NO_FODSELSNUMMER_YET = "Event_NoFodselsnummerYet";
        public static final String GATEWAY_IDENTITY_HANDLED = "Gateway_IdentityHandled";

        public static final String GATEWAY_TAX_CARD_OFFERED = "Gateway_TaxCardOffered";
        public static final String NOTIFY_SKATTEETATEN_TAX_CARD = "Task_NotifySkatteetatenTaxCard";
        public static final String ISSUE_TAX_CARD = "Task_IssueTaxCard";
        public static final String GATEWAY_TAX_CARD_HANDLED = "Gateway_TaxCardHandled";

        public static final String GATEWAY_MEMBERSHIP_OFFERED = "Gateway_MembershipOffered";
        public static final String NOTIFY_NAV_MEMBERSHIP = "Task_NotifyNavMembership";
        public static final String ASSESS_MEMBERSHIP = "Task_AssessMembership";
        public static final String GATEWAY_MEMBERSHIP_HANDLED = "Gateway_MembershipHandled";

        public static final String GATEWAY_REGULAR_GP_OFFERED = "Gateway_RegularGpOffered";
        public static final String CHOOSE_REGULAR_GP = "Task_ChooseRegularGp";
        public static final String GP_OFFER_EXPIRED = "Event_GpOfferExpired";
        public static final String GATEWAY_GP_CHOICE = "Gateway_GpChoice";
        public static final String SEND_GP_CHOICE_TO_HELFO = "Task_SendGpChoiceToHelfo";
        public static final String GATEWAY_REGULAR_GP_HANDLED = "Gateway_RegularGpHandled";

        public static final String GATEWAY_INTEGRATION_OFFERED = "Gateway_IntegrationOffered";
        public static final String NOTIFY_MUNICIPALITY_INTEGRATION = "Task_NotifyMunicipalityIntegration";
        public static final String OFFER_INTRODUCTION_PROGRAMME = "Task_OfferIntroductionProgramme";
        public static final String GATEWAY_INTEGRATION_HANDLED = "Gateway_IntegrationHandled";

        public static final String GATEWAY_OFFERS_JOIN = "Gateway_OffersJoin";
        public static final String END_NEWCOMER_OFFERED = "EndEvent_NewcomerOffered";

        // The deadline paths of the agency tasks (ADR 0025).
        public static final String CHECK_IMMIGRATION_REGISTRATION_DEADLINE_NEAR = "Timer_CheckImmigrationRegistrationDeadlineNear";
        public static final String REMIND_CHECK_IMMIGRATION_REGISTRATION = "Task_RemindCheckImmigrationRegistration";
        public static final String END_CHECK_IMMIGRATION_REGISTRATION_REMINDED = "EndEvent_CheckImmigrationRegistrationReminded";
        public static final String CHECK_IMMIGRATION_REGISTRATION_DEADLINE_PASSED = "Timer_CheckImmigrationRegistrationDeadlinePassed";
        public static final String ESCALATE_CHECK_IMMIGRATION_REGISTRATION = "Task_EscalateCheckImmigrationRegistration";
        public static final String END_CHECK_IMMIGRATION_REGISTRATION_ESCALATED = "EndEvent_CheckImmigrationRegistrationEscalated";
        public static final String ISSUE_TAX_CARD_DEADLINE_NEAR = "Timer_IssueTaxCardDeadlineNear";
        public static final String REMIND_ISSUE_TAX_CARD = "Task_RemindIssueTaxCard";
        public static final String END_ISSUE_TAX_CARD_REMINDED = "EndEvent_IssueTaxCardReminded";
        public static final String ISSUE_TAX_CARD_DEADLINE_PASSED = "Timer_IssueTaxCardDeadlinePassed";
        public static final String ESCALATE_ISSUE_TAX_CARD = "Task_EscalateIssueTaxCard";
        public static final String END_ISSUE_TAX_CARD_ESCALATED = "EndEvent_IssueTaxCardEscalated";
        public static final String ASSESS_MEMBERSHIP_DEADLINE_NEAR = "Timer_AssessMembershipDeadlineNear";
        public static final String REMIND_ASSESS_MEMBERSHIP = "Task_RemindAssessMembership";
        public static final String END_ASSESS_MEMBERSHIP_REMINDED = "EndEvent_AssessMembershipReminded";
        public static final String ASSESS_MEMBERSHIP_DEADLINE_PASSED = "Timer_AssessMembershipDeadlinePassed";
        public static final String ESCALATE_ASSESS_MEMBERSHIP = "Task_EscalateAssessMembership";
        public static final String END_ASSESS_MEMBERSHIP_ESCALATED = "EndEvent_AssessMembershipEscalated";
        public static final String OFFER_INTRODUCTION_PROGRAMME_DEADLINE_NEAR = "Timer_OfferIntroductionProgrammeDeadlineNear";
        public static final String REMIND_OFFER_INTRODUCTION_PROGRAMME = "Task_RemindOfferIntroductionProgramme";
        public static final String END_OFFER_INTRODUCTION_PROGRAMME_REMINDED = "EndEvent_OfferIntroductionProgrammeReminded";
        public static final String OFFER_INTRODUCTION_PROGRAMME_DEADLINE_PASSED = "Timer_OfferIntroductionProgrammeDeadlinePassed";
        public static final String ESCALATE_OFFER_INTRODUCTION_PROGRAMME = "Task_EscalateOfferIntroductionProgramme";
        public static final String END_OFFER_INTRODUCTION_PROGRAMME_ESCALATED = "EndEvent_OfferIntroductionProgrammeEscalated";

        private Element() {
        }
    }

    /** Process variables: what gateways, routing and tasks need, nothing more. */
    public static final class Variable {
        /** Set at start. */
        public static final String CASE_REF = CaseService.CASE_REF;
        /** Set at start: the newcomer's fødselsnummer or D-number. */
        public static final String SUBJECT = CaseService.SUBJECT;

        /** Set by {@link Delegate#LOOK_UP_NEWCOMER}: one of {@link IdentityRoute}. */
        public static final String IDENTITY_ROUTE = "identityRoute";
        public static final String SUBJECT_HAS_D_NUMBER = "subjectHasDNumber";
        /** Registered as resident (bosatt) in Folkeregisteret. */
        public static final String RESIDENT = "resident";
        /** Whole years on the day of the lookup; absent when the register gives no birth date. */
        public static final String AGE = "age";
        /** ISO 3166 alpha-3 of the country moved from (innflytting.fraflyttingsland); absent if not registered. */
        public static final String FROM_COUNTRY = "fromCountry";
        public static final String ADDRESS_PROTECTED = "addressProtected";
        /** Kommunenummer of the residence; absent when the address is protected or there is none. */
        public static final String RESIDENCE_MUNICIPALITY = "residenceMunicipality";

        /** Set by {@link Delegate#FIND_RESIDENCE_BASIS}: one of {@link ResidenceBasis}. */
        public static final String RESIDENCE_BASIS = "residenceBasis";

        /** Set by decision {@link Decision#ENTITLEMENTS}. */
        public static final String TAX_CARD_OFFERED = "taxCardOffered";
        public static final String MEMBERSHIP_OFFERED = "membershipOffered";
        public static final String REGULAR_GP_OFFERED = "regularGpOffered";
        public static final String INTRODUCTION_PROGRAMME_OFFERED = "introductionProgrammeOffered";
        public static final String NORWEGIAN_TRAINING_OFFERED = "norwegianTrainingOffered";
        public static final String FODSELSNUMMER_APPLICATION_OFFERED = "fodselsnummerApplicationOffered";

        /** Set by decision {@link Decision#AGENCY_ROUTING}: candidate groups and notice recipients. */
        public static final String TAX_AGENCY = "taxAgency";
        public static final String NAV_AGENCY = "navAgency";
        public static final String GP_AGENCY = "gpAgency";
        public static final String MUNICIPALITY_AGENCY = "municipalityAgency";

        /** Set by form {@link Form#FODSELSNUMMER_APPLICATION}: {@code apply} or {@code short-stay}. */
        public static final String FODSELSNUMMER_APPLICATION_CHOICE = "fodselsnummerApplicationChoice";
        /** Set by form {@link Form#CHOOSE_REGULAR_GP}: {@code choose} or {@code decline}. */
        public static final String REGULAR_GP_CHOICE = "regularGpChoice";
        public static final String REGULAR_GP_WISH = "regularGpWish";
        /** Set by form {@link Form#TAX_CARD}. */
        public static final String TAX_CARD_OUTCOME = "taxCardOutcome";
        /** Set by form {@link Form#MEMBERSHIP}. */
        public static final String MEMBERSHIP_DECISION = "membershipDecision";
        /** Set by form {@link Form#INTRODUCTION_PROGRAMME}. */
        public static final String INTRODUCTION_PROGRAMME_OUTCOME = "introductionProgrammeOutcome";
        /** Set by form {@link Form#IMMIGRATION_REGISTRATION_CHECK}. */
        public static final String REGISTRATION_CHECK_OUTCOME = "registrationCheckOutcome";

        private Variable() {
        }
    }

    /** Values of {@link Variable#IDENTITY_ROUTE}: which identity number the newcomer holds. */
    public static final class IdentityRoute {
        /** A fødselsnummer given on the move to Norway. */
        public static final String FODSELSNUMMER = "fodselsnummer";
        /** A fødselsnummer that replaced the D-number the person had. */
        public static final String FODSELSNUMMER_FROM_D_NUMBER = "fodselsnummer-from-d-number";
        /** Only a D-number: not resident. */
        public static final String D_NUMBER = "d-number";

        private IdentityRoute() {
        }
    }

    /** Values of {@link Variable#RESIDENCE_BASIS}: the basis of the residence, as UDI holds it. */
    public static final class ResidenceBasis {
        public static final String REFUGEE = "refugee";
        public static final String FAMILY_REUNIFICATION = "family-reunification";
        public static final String WORK = "work";
        public static final String STUDY = "study";
        public static final String EU_EEA = "eu-eea";
        public static final String UNKNOWN = "unknown";

        private ResidenceBasis() {
        }
    }

    /** Messages the model waits for. */
    public static final class Message {
        /** Folkeregisteret replaced the case's D-number by a fødselsnummer (endringIIdentifikasjonsnummer). */
        public static final String FODSELSNUMMER_ASSIGNED = "FodselsnummerAssigned";

        private Message() {
        }
    }

    /** BPMN errors. */
    public static final class Error {
        /** Thrown by {@link Delegate#LOOK_UP_NEWCOMER} when Folkeregisteret does not know the person. */
        public static final String PERSON_NOT_FOUND = "Error_PersonNotFound";

        private Error() {
        }
    }

    /** Spring bean names of the delegates the model calls with {@code camunda:delegateExpression}. */
    public static final class Delegate {
        public static final String LOOK_UP_NEWCOMER = "lookUpNewcomer";
        public static final String FIND_RESIDENCE_BASIS = "findResidenceBasis";
        public static final String SEND_WELCOME_LETTER = "sendNewcomerWelcome";
        /** The deadline paths of agency tasks (ADR 0025), with the date bean {@code taskDeadline}. */
        public static final String REMIND_AGENCY = "remindAgency";
        public static final String ESCALATE_TO_SUPERVISORS = "escalateToSupervisors";

        private Delegate() {
        }
    }

    /** Decision ids in {@code decisions/} in this folder. */
    public static final class Decision {
        public static final String ENTITLEMENTS = "newcomer-entitlements";
        public static final String AGENCY_ROUTING = "newcomer-agency-routing";

        private Decision() {
        }
    }

    /** Outputs of {@link Decision#ENTITLEMENTS} (column {@code offer}). */
    public static final class Offer {
        public static final String TAX_CARD = "tax-card";
        public static final String MEMBERSHIP = "national-insurance-membership";
        public static final String REGULAR_GP = "regular-gp";
        public static final String INTRODUCTION_PROGRAMME = "introduction-programme";
        public static final String NORWEGIAN_TRAINING = "norwegian-training";
        public static final String FODSELSNUMMER_APPLICATION = "fodselsnummer-application";

        private Offer() {
        }
    }

    /** Form ids in {@code forms/} in this folder. */
    public static final class Form {
        public static final String IMMIGRATION_REGISTRATION_CHECK = "immigration-registration-check";
        public static final String FODSELSNUMMER_APPLICATION = "fodselsnummer-application";
        public static final String TAX_CARD = "newcomer-tax-card";
        public static final String MEMBERSHIP = "newcomer-membership";
        public static final String CHOOSE_REGULAR_GP = "choose-regular-gp";
        public static final String INTRODUCTION_PROGRAMME = "introduction-programme-offer";

        private Form() {
        }
    }

    /** Agencies (candidate groups and notify-agency's {@code agency}). */
    public static final class Agency {
        public static final String NAV = "nav";
        public static final String NAV_VIKAFOSSEN = "nav-vikafossen";
        public static final String SKATTEETATEN = "skatteetaten";
        public static final String HELFO = "helfo";
        public static final String MUNICIPALITY_PREFIX = "kommune-";
        /** Where the municipality's part goes when it may not or cannot be known: see {@code newcomer-agency-routing.dmn}. */
        public static final String IMDI = "imdi";

        private Agency() {
        }
    }

    /** Notice ids sent with the shared call activity {@code notify-agency}. */
    public static final class Notice {
        public static final String MOVE_NOTIFICATION = "newcomer-move-notification";
        public static final String TAX_CARD = "newcomer-tax-card";
        public static final String MEMBERSHIP = "newcomer-membership";
        public static final String REGULAR_GP_CHOICE = "newcomer-regular-gp-choice";
        public static final String INTRODUCTION_PROGRAMME = "newcomer-introduction-programme";

        private Notice() {
        }
    }

    /** Letters to the newcomer, by the channel KRR gives. */
    public static final class Letter {
        public static final String WELCOME = "new-in-norway-welcome";

        private Letter() {
        }
    }
}
