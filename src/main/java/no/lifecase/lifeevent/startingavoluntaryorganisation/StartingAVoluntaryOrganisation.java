package no.lifecase.lifeevent.startingavoluntaryorganisation;

import java.util.Set;
import no.lifecase.casefile.CaseService;

/**
 * The names that code, tests and the process model {@code starting-a-voluntary-organisation.bpmn} in this folder share.
 * Change one here and in the model together. Facts behind the model: docs/domain.md#frivillighetsregisteret and
 * docs/domain.md#starting-a-voluntary-organisation (some marked UNVERIFIED there), the model's annotations and
 * docs/adr/0026-organisation-life-events.md.
 */
public final class StartingAVoluntaryOrganisation {

    public static final String PROCESS_ID = "starting-a-voluntary-organisation";

    /** The organisation form whose new units start this life event: FLI, forening, lag eller innretning. */
    public static final Set<String> ORGANISATION_FORMS = Set.of("FLI");

    private StartingAVoluntaryOrganisation() {
    }

    /** Element ids, as they appear in history, in tests and in the case timeline's activity ids. */
    public static final class Element {
        public static final String START_ORGANISATION_REGISTERED = "StartEvent_OrganisationRegistered";
        public static final String LOOK_UP_ORGANISATION = "Task_LookUpOrganisation";
        public static final String ORGANISATION_NOT_FOUND = "Event_OrganisationNotFound";
        public static final String CHECK_REGISTRATION = "Task_CheckRegistration";
        public static final String END_REGISTRATION_CHECKED = "EndEvent_RegistrationChecked";
        public static final String CHECK_FRIVILLIGHETSREGISTERET = "Task_CheckFrivillighetsregisteret";
        public static final String GATEWAY_IN_FRIVILLIGHETSREGISTERET = "Gateway_InFrivillighetsregisteret";
        public static final String OFFER_REGISTRATION = "Task_OfferRegistration";
        public static final String REGISTRATION_OFFER_EXPIRED = "Event_RegistrationOfferExpired";
        public static final String GATEWAY_WANTS_TO_REGISTER = "Gateway_WantsToRegister";
        public static final String SEND_REGISTRATION_GUIDANCE = "Task_SendRegistrationGuidance";
        public static final String GATEWAY_REGISTRATION_HANDLED = "Gateway_RegistrationHandled";
        public static final String DECIDE_SCHEMES = "Task_DecideSchemes";
        public static final String SEND_SCHEME_OFFERS = "Task_SendSchemeOffers";
        public static final String GATEWAY_SCHEMES_FORK = "Gateway_SchemesFork";
        public static final String GATEWAY_TELL_NORSK_TIPPING = "Gateway_TellNorskTipping";
        public static final String NOTIFY_NORSK_TIPPING = "Task_NotifyNorskTipping";
        public static final String GATEWAY_NORSK_TIPPING_HANDLED = "Gateway_NorskTippingHandled";
        public static final String GATEWAY_TELL_LOTTERITILSYNET = "Gateway_TellLotteritilsynet";
        public static final String NOTIFY_LOTTERITILSYNET = "Task_NotifyLotteritilsynet";
        public static final String GATEWAY_LOTTERITILSYNET_HANDLED = "Gateway_LotteritilsynetHandled";
        public static final String GATEWAY_SCHEMES_JOIN = "Gateway_SchemesJoin";
        public static final String END_SCHEMES_OFFERED = "EndEvent_SchemesOffered";

        // The deadline timers of the agency tasks (ADR 0025).
        public static final String CHECK_REGISTRATION_DEADLINE_NEAR = "Timer_CheckRegistrationDeadlineNear";
        public static final String REMIND_CHECK_REGISTRATION = "Task_RemindCheckRegistration";
        public static final String END_CHECK_REGISTRATION_REMINDED = "EndEvent_CheckRegistrationReminded";
        public static final String CHECK_REGISTRATION_DEADLINE_PASSED = "Timer_CheckRegistrationDeadlinePassed";
        public static final String ESCALATE_CHECK_REGISTRATION = "Task_EscalateCheckRegistration";
        public static final String END_CHECK_REGISTRATION_ESCALATED = "EndEvent_CheckRegistrationEscalated";

        private Element() {
        }
    }

    /** Process variables: what gateways, routing and tasks need, nothing more. */
    public static final class Variable {
        public static final String CASE_REF = CaseService.CASE_REF;
        /** Set at start: the founder's fødselsnummer (the chair of the board). */
        public static final String SUBJECT = CaseService.SUBJECT;
        public static final String ORGANISATION_NUMBER = CaseService.ORGANISATION_NUMBER;
        /** Set by {@link Delegate#LOOK_UP_ORGANISATION}: fødselsnumre (JSON list) of the board; who may act in the case. */
        public static final String BOARD_MEMBERS = "boardMembers";
        /** Set by {@link Delegate#CHECK_FRIVILLIGHETSREGISTERET}. */
        public static final String REGISTERED_IN_FRIVILLIGHETSREGISTERET = "registeredInFrivillighetsregisteret";
        public static final String TAKES_PART_IN_GRASROTANDEL = "takesPartInGrasrotandel";
        /** Set by form {@link Form#REGISTRATION_OFFER}: a {@link RegistrationAnswer} value. */
        public static final String REGISTRATION_ANSWER = "registrationAnswer";
        /** Set by decision {@link Decision#SCHEMES}. */
        public static final String SCHEME_LETTER = "schemeLetter";
        /** Set by decision {@link Decision#SCHEMES}: the agency to tell, or null when none is told. */
        public static final String GRASROTANDEL_AGENCY = "grasrotandelAgency";
        public static final String VAT_COMPENSATION_AGENCY = "vatCompensationAgency";
        /** Set by form {@link Form#REGISTRATION_CHECK}. */
        public static final String REGISTRATION_CHECK_OUTCOME = "registrationCheckOutcome";
        /** Receipts from notify-agency ({@code receiptReceived}). */
        public static final String GRASROTANDEL_NOTICE_RECEIPT = "grasrotandelNoticeReceipt";
        public static final String VAT_COMPENSATION_NOTICE_RECEIPT = "vatCompensationNoticeReceipt";

        private Variable() {
        }
    }

    /** Values of {@link Variable#REGISTRATION_ANSWER}. */
    public static final class RegistrationAnswer {
        public static final String WILL_REGISTER = "will-register";
        public static final String WILL_NOT_REGISTER = "will-not-register";

        private RegistrationAnswer() {
        }
    }

    /** Values of {@link Variable#SCHEME_LETTER}: the letters the board may get. */
    public static final class Letter {
        public static final String SCHEMES_REGISTERED = "voluntary-schemes-registered";
        public static final String SCHEMES_TAKING_PART = "voluntary-schemes-taking-part";
        public static final String SCHEMES_AFTER_REGISTRATION = "voluntary-schemes-after-registration";
        public static final String SCHEMES_UNREGISTERED = "voluntary-schemes-unregistered";
        public static final String REGISTRATION_GUIDANCE = "frivillighetsregisteret-registration-guidance";

        private Letter() {
        }
    }

    /** Agency ids the decision gives (AgencyCatalogue). */
    public static final class Agency {
        public static final String NORSK_TIPPING = "norsk-tipping";
        public static final String LOTTERITILSYNET = "lotteritilsynet";
        public static final String BRREG = "brreg";

        private Agency() {
        }
    }

    /** BPMN error codes the delegates throw. */
    public static final class Error {
        public static final String ORGANISATION_NOT_FOUND = "Error_OrganisationNotFound";

        private Error() {
        }
    }

    /** Decision ids in {@code decisions/} in this folder. */
    public static final class Decision {
        public static final String SCHEMES = "voluntary-schemes";

        private Decision() {
        }
    }

    /** Form ids in {@code forms/} in this folder. */
    public static final class Form {
        public static final String REGISTRATION_CHECK = "organisation-registration-check";
        public static final String REGISTRATION_OFFER = "voluntary-registration-offer";

        private Form() {
        }
    }

    /** Delegate bean names the model uses. */
    public static final class Delegate {
        /** The deadline delegates of ADR 0025; they run in the timer's job, not asynchronously. */
        public static final String REMIND_AGENCY = "remindAgency";
        public static final String ESCALATE_TO_SUPERVISORS = "escalateToSupervisors";
        public static final String LOOK_UP_ORGANISATION = "lookUpOrganisation";
        public static final String CHECK_FRIVILLIGHETSREGISTERET = "checkFrivillighetsregisteret";
        public static final String SEND_REGISTRATION_GUIDANCE = "sendRegistrationGuidance";
        public static final String SEND_SCHEME_OFFERS = "sendSchemeOffers";

        private Delegate() {
        }
    }

    /** Notices sent through notify-agency. */
    public static final class Notice {
        public static final String GRASROTANDEL_ELIGIBLE = "grasrotandel-eligible-organisation";
        public static final String VAT_COMPENSATION_ELIGIBLE = "vat-compensation-eligible-organisation";

        private Notice() {
        }
    }
}
