package no.lifecase.lifeevent.startingabusiness;

import java.util.Set;
import no.lifecase.casefile.CaseService;
import no.lifecase.lifeevent.NotInTheModel;

/**
 * The names that code, tests and the process model {@code starting-a-business.bpmn} in this folder share. Change one here
 * and in the model together. Facts behind the model: docs/domain.md#enhetsregisteret and
 * docs/domain.md#starting-a-business, the model's annotations and docs/adr/0026-organisation-life-events.md.
 */
public final class StartingABusiness {

    public static final String PROCESS_ID = "starting-a-business";

    /** The organisation forms whose new units start this life event: the usual ones of a new business. */
    public static final Set<String> ORGANISATION_FORMS = Set.of("ENK", "AS", "NUF");

    private StartingABusiness() {
    }

    /** Element ids, as they appear in history, in tests and in the case timeline's activity ids. */
    public static final class Element {
        public static final String START_BUSINESS_REGISTERED = "StartEvent_BusinessRegistered";
        public static final String LOOK_UP_BUSINESS = "Task_LookUpBusiness";
        public static final String BUSINESS_NOT_FOUND = "Event_BusinessNotFound";
        public static final String CHECK_REGISTRATION = "Task_CheckRegistration";
        public static final String END_REGISTRATION_CHECKED = "EndEvent_RegistrationChecked";
        public static final String FIND_AGENCIES = "Task_FindAgencies";
        public static final String CHECK_ROLES = "Task_CheckRoles";
        public static final String GATEWAY_ROLE_MISSING = "Gateway_RoleMissing";
        public static final String FOLLOW_UP_MISSING_ROLE = "Task_FollowUpMissingRole";
        public static final String GATEWAY_ASK_FOUNDER = "Gateway_AskFounder";
        public static final String SEND_MISSING_ROLE_LETTER = "Task_SendMissingRoleLetter";
        public static final String GATEWAY_ROLES_HANDLED = "Gateway_RolesHandled";
        public static final String GATEWAY_SERVICES_FORK = "Gateway_ServicesFork";

        public static final String SEND_START_GUIDANCE = "Task_SendStartGuidance";
        public static final String OFFER_BUSINESS_ADVICE = "Task_OfferBusinessAdvice";

        public static final String GATEWAY_HAS_EMPLOYEES = "Gateway_HasEmployees";
        public static final String NOTIFY_NAV_OF_EMPLOYER = "Task_NotifyNavOfEmployer";
        public static final String GATEWAY_EMPLOYEES_HANDLED = "Gateway_EmployeesHandled";

        public static final String GATEWAY_VAT_AGAIN = "Gateway_VatAgain";
        public static final String DECIDE_VAT = "Task_DecideVat";
        public static final String GATEWAY_VAT_ROUTE = "Gateway_VatRoute";
        public static final String ASK_EXPECTED_TURNOVER = "Task_AskExpectedTurnover";
        public static final String TURNOVER_NOT_ANSWERED = "Event_TurnoverNotAnswered";
        public static final String SEND_VAT_REGISTRATION_LETTER = "Task_SendVatRegistrationLetter";
        public static final String NOTIFY_SKATTEETATEN_OF_VAT = "Task_NotifySkatteetatenOfVat";
        public static final String GATEWAY_THRESHOLD_LETTER = "Gateway_ThresholdLetter";
        public static final String SEND_VAT_THRESHOLD_LETTER = "Task_SendVatThresholdLetter";
        public static final String GATEWAY_VAT_HANDLED = "Gateway_VatHandled";

        public static final String GATEWAY_SERVICES_JOIN = "Gateway_ServicesJoin";
        public static final String END_BUSINESS_GUIDED = "EndEvent_BusinessGuided";

        // The deadline timers of the agency tasks (ADR 0025).
        public static final String CHECK_REGISTRATION_DEADLINE_NEAR = "Timer_CheckRegistrationDeadlineNear";
        public static final String REMIND_CHECK_REGISTRATION = "Task_RemindCheckRegistration";
        public static final String END_CHECK_REGISTRATION_REMINDED = "EndEvent_CheckRegistrationReminded";
        public static final String CHECK_REGISTRATION_DEADLINE_PASSED = "Timer_CheckRegistrationDeadlinePassed";
        public static final String ESCALATE_CHECK_REGISTRATION = "Task_EscalateCheckRegistration";
        public static final String END_CHECK_REGISTRATION_ESCALATED = "EndEvent_CheckRegistrationEscalated";
        public static final String FOLLOW_UP_MISSING_ROLE_DEADLINE_NEAR = "Timer_FollowUpMissingRoleDeadlineNear";
        public static final String REMIND_FOLLOW_UP_MISSING_ROLE = "Task_RemindFollowUpMissingRole";
        public static final String END_FOLLOW_UP_MISSING_ROLE_REMINDED = "EndEvent_FollowUpMissingRoleReminded";
        public static final String FOLLOW_UP_MISSING_ROLE_DEADLINE_PASSED = "Timer_FollowUpMissingRoleDeadlinePassed";
        public static final String ESCALATE_FOLLOW_UP_MISSING_ROLE = "Task_EscalateFollowUpMissingRole";
        public static final String END_FOLLOW_UP_MISSING_ROLE_ESCALATED = "EndEvent_FollowUpMissingRoleEscalated";
        public static final String OFFER_BUSINESS_ADVICE_DEADLINE_NEAR = "Timer_OfferBusinessAdviceDeadlineNear";
        public static final String REMIND_OFFER_BUSINESS_ADVICE = "Task_RemindOfferBusinessAdvice";
        public static final String END_OFFER_BUSINESS_ADVICE_REMINDED = "EndEvent_OfferBusinessAdviceReminded";
        public static final String OFFER_BUSINESS_ADVICE_DEADLINE_PASSED = "Timer_OfferBusinessAdviceDeadlinePassed";
        public static final String ESCALATE_OFFER_BUSINESS_ADVICE = "Task_EscalateOfferBusinessAdvice";
        public static final String END_OFFER_BUSINESS_ADVICE_ESCALATED = "EndEvent_OfferBusinessAdviceEscalated";

        private Element() {
        }
    }

    /** Process variables: what gateways, routing and tasks need, nothing more. */
    public static final class Variable {
        /** Set at start. */
        public static final String CASE_REF = CaseService.CASE_REF;
        /** Set at start: the founder's fødselsnummer (the case is theirs until cases can belong to an organisation). */
        public static final String SUBJECT = CaseService.SUBJECT;
        /** Set at start by the feed. */
        public static final String ORGANISATION_NUMBER = CaseService.ORGANISATION_NUMBER;

        /** Set by {@link Delegate#LOOK_UP_ORGANISATION}. */
        public static final String ORGANISATION_FORM = "organisationForm";
        public static final String HAS_EMPLOYEES = "hasEmployees";
        public static final String VAT_REGISTERED = "vatRegistered";
        public static final String HAS_OWNER = "hasOwner";
        public static final String HAS_BOARD = "hasBoard";
        public static final String HAS_GENERAL_MANAGER = "hasGeneralManager";
        public static final String HAS_CONTACT_PERSON = "hasContactPerson";
        /** Kommunenummer of the business address; absent when the register has none. */
        public static final String BUSINESS_MUNICIPALITY = "businessMunicipality";
        /** Fødselsnumre (JSON list): the board, or the owner of an ENK. Who may act in the case (representation). */
        @NotInTheModel("lookUpOrganisation writes it; representation reads it")
        public static final String BOARD_MEMBERS = "boardMembers";

        /** Set by decision {@link Decision#AGENCY_ROUTING}: candidate groups and notice recipients. */
        public static final String ROLE_FOLLOW_UP_AGENCY = "roleFollowUpAgency";
        public static final String VAT_AGENCY = "vatAgency";
        public static final String EMPLOYER_AGENCY = "employerAgency";
        public static final String ADVICE_AGENCY = "adviceAgency";
        /** Set by decision {@link Decision#ROLES}: a {@link MissingRole} value. */
        public static final String MISSING_ROLE = "missingRole";
        /** Set by decision {@link Decision#VAT_REGISTRATION}: a {@link VatRoute} value. */
        public static final String VAT_ROUTE = "vatRoute";

        /** Set by form {@link Form#EXPECTED_TURNOVER} (NOK, twelve months). */
        public static final String EXPECTED_TURNOVER = "expectedTurnover";
        /** Set by form {@link Form#ROLE_FOLLOW_UP}: {@code ask-founder}, {@code corrected}, {@code not-required}. */
        public static final String ROLE_FOLLOW_UP_OUTCOME = "roleFollowUpOutcome";
        /** Set by form {@link Form#BUSINESS_ADVICE}. */
        public static final String ADVICE_OUTCOME = "adviceOutcome";
        /** Set by form {@link Form#REGISTRATION_CHECK}. */
        public static final String REGISTRATION_CHECK_OUTCOME = "registrationCheckOutcome";

        /** Receipts from notify-agency ({@code receiptReceived}). */
        public static final String EMPLOYER_NOTICE_RECEIPT = "employerNoticeReceipt";
        public static final String VAT_NOTICE_RECEIPT = "vatNoticeReceipt";

        private Variable() {
        }
    }

    /** Values of {@link Variable#MISSING_ROLE}. */
    public static final class MissingRole {
        public static final String NONE = "none";
        public static final String OWNER = "owner";
        public static final String BOARD = "board";
        public static final String GENERAL_MANAGER = "general-manager";
        public static final String CONTACT_PERSON = "contact-person";

        private MissingRole() {
        }
    }

    /** Values of {@link Variable#VAT_ROUTE}. */
    public static final class VatRoute {
        public static final String ALREADY_REGISTERED = "already-registered";
        public static final String ASK_FOUNDER = "ask-founder";
        public static final String REGISTER = "register";
        public static final String NOT_REQUIRED = "not-required";

        private VatRoute() {
        }
    }

    /** BPMN error codes the delegates throw. */
    public static final class Error {
        /** Thrown by {@link Delegate#LOOK_UP_ORGANISATION} when Enhetsregisteret does not show the unit. */
        public static final String ORGANISATION_NOT_FOUND = "Error_OrganisationNotFound";

        private Error() {
        }
    }

    /** Decision ids in {@code decisions/} in this folder. */
    public static final class Decision {
        public static final String AGENCY_ROUTING = "business-agency-routing";
        public static final String ROLES = "business-roles";
        public static final String VAT_REGISTRATION = "vat-registration";

        private Decision() {
        }
    }

    /** Form ids in {@code forms/} in this folder. */
    public static final class Form {
        public static final String REGISTRATION_CHECK = "organisation-registration-check";
        public static final String ROLE_FOLLOW_UP = "business-role-follow-up";
        public static final String EXPECTED_TURNOVER = "expected-turnover";
        public static final String BUSINESS_ADVICE = "business-advice";

        private Form() {
        }
    }

    /** Delegate bean names the model uses. */
    public static final class Delegate {
        /** The deadline delegates of ADR 0025; they run in the timer's job, not asynchronously. */
        public static final String REMIND_AGENCY = "remindAgency";
        public static final String ESCALATE_TO_SUPERVISORS = "escalateToSupervisors";
        public static final String LOOK_UP_ORGANISATION = "lookUpOrganisation";
        public static final String SEND_MISSING_ROLE_LETTER = "sendMissingRoleLetter";
        public static final String SEND_START_GUIDANCE = "sendStartGuidance";
        public static final String SEND_VAT_REGISTRATION_LETTER = "sendVatRegistrationLetter";
        public static final String SEND_VAT_THRESHOLD_LETTER = "sendVatThresholdLetter";

        private Delegate() {
        }
    }

    /** Notices sent through notify-agency. */
    public static final class Notice {
        public static final String NEW_EMPLOYER = "new-employer";
        public static final String VAT_REGISTRATION_EXPECTED = "vat-registration-expected";

        private Notice() {
        }
    }

    /** Letters to the founder. */
    public static final class Letter {
        public static final String START_GUIDANCE = "business-start-guidance";
        public static final String MISSING_ROLE = "business-missing-role";
        public static final String VAT_REGISTRATION_REQUIRED = "vat-registration-required";
        public static final String VAT_THRESHOLD_INFORMATION = "vat-threshold-information";

        private Letter() {
        }
    }
}
