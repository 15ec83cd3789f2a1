package no.lifecase.lifeevent.deathandinheritance;

import no.lifecase.casefile.CaseService;
import no.lifecase.lifeevent.NotInTheModel;

/**
 * The names that code, tests and the process model {@code death-and-inheritance.bpmn} in this folder share: element ids,
 * variables, messages, errors, decisions, forms, delegates, agencies and notices. Change one here and in the model
 * together. Facts and deadlines behind the model: docs/domain.md#death-and-inheritance and the model's annotations.
 */
public final class DeathAndInheritance {

    public static final String PROCESS_ID = "death-and-inheritance";

    private DeathAndInheritance() {
    }

    /** Element ids, as they appear in history, in tests and in the case timeline's activity ids. */
    public static final class Element {
        public static final String START_PERSON_DIED = "StartEvent_PersonDied";
        public static final String FIND_FAMILY = "Task_FindFamily";
        public static final String PERSON_NOT_FOUND = "Event_PersonNotFound";
        public static final String CHECK_DEATH_REGISTRATION = "Task_CheckDeathRegistration";
        public static final String END_DEATH_REGISTRATION_CHECKED = "EndEvent_DeathRegistrationChecked";

        public static final String DECIDE_AGENCIES = "Task_DecideAgencies";
        public static final String DECIDE_SURVIVOR_BENEFITS = "Task_DecideSurvivorBenefits";
        public static final String GATEWAY_CASE_FORK = "Gateway_CaseFork";

        public static final String NOTIFY_NAV_STOP_PAYMENTS = "Task_NotifyNavStopPayments";
        public static final String GATEWAY_SURVIVOR_BENEFITS_TO_ASSESS = "Gateway_SurvivorBenefitsToAssess";
        public static final String NOTIFY_NAV_SURVIVOR_BENEFITS = "Task_NotifyNavSurvivorBenefits";
        public static final String PREVIEW_SURVIVOR_BENEFIT_EVIDENCE = "Task_PreviewSurvivorBenefitEvidence";
        public static final String GATEWAY_SURVIVOR_BENEFITS_TO_DECIDE = "Gateway_SurvivorBenefitsToDecide";
        public static final String DECIDE_OMSTILLINGSSTONAD = "Task_DecideOmstillingsstonad";
        public static final String SEND_OMSTILLINGSSTONAD_DECISION = "Task_SendOmstillingsstonadDecision";
        public static final String DECIDE_BARNEPENSJON = "Task_DecideBarnepensjon";
        public static final String SEND_BARNEPENSJON_DECISION = "Task_SendBarnepensjonDecision";
        public static final String GATEWAY_SURVIVOR_BENEFITS_DECIDED = "Gateway_SurvivorBenefitsDecided";
        public static final String GATEWAY_SURVIVOR_BENEFITS_HANDLED = "Gateway_SurvivorBenefitsHandled";
        public static final String NOTIFY_MUNICIPALITY_FUNERAL = "Task_NotifyMunicipalityFuneral";
        public static final String NOTIFY_SKATTEETATEN_ESTATE_TAX = "Task_NotifySkatteetatenEstateTax";

        public static final String FIND_CONTACT_CHANNELS = "Task_FindContactChannels";
        public static final String SEND_HEIR_LETTERS = "Task_SendHeirLetters";

        public static final String HEIRS_DECLARATION = "SubProcess_HeirsDeclaration";
        public static final String START_HEIRS_ASKED = "StartEvent_HeirsAsked";
        public static final String FIND_WHO_DECLARES = "Task_FindWhoDeclares";
        public static final String ASK_FOR_FORMUESFULLMAKT = "Task_AskForFormuesfullmakt";
        public static final String DECIDE_OVERVIEW_BEFORE_THE_CHOICE = "Task_DecideOverviewBeforeTheChoice";
        public static final String GATEWAY_MAY_THE_HEIRS_SEE_THE_ESTATE = "Gateway_MayTheHeirsSeeTheEstate";
        public static final String GATHER_OVERVIEW_BEFORE_THE_CHOICE = "Task_GatherOverviewBeforeTheChoice";
        public static final String HEIRS_CHOOSE_WITHOUT_THE_OVERVIEW = "Event_HeirsChooseWithoutTheOverview";
        public static final String GATEWAY_HEIRS_MAY_ANSWER = "Gateway_HeirsMayAnswer";
        public static final String DECLARE_SETTLEMENT = "Task_DeclareSettlement";
        public static final String DECIDE_WHICH_CHOICE_HOLDS = "Task_DecideWhichChoiceHolds";
        public static final String GATEWAY_DOES_A_CHOICE_HOLD = "Gateway_DoesAChoiceHold";
        public static final String PREVIEW_EVIDENCE = "Task_PreviewEvidence";
        public static final String SIGN_AND_SEND_DECLARATION = "Task_SignAndSendDeclaration";
        public static final String END_DECLARATION_SENT = "EndEvent_DeclarationSent";
        public static final String TELL_HEIRS_NO_CHOICE_HOLDS = "Task_TellHeirsNoChoiceHolds";
        public static final String DECLARATION_NOT_SENT = "Event_DeclarationNotSent";
        public static final String TELL_HEIRS_DECLARATION_NOT_SENT = "Task_TellHeirsDeclarationNotSent";
        public static final String END_NO_DECLARATION_SENT = "EndEvent_NoDeclarationSent";
        public static final String DECLARATION_DEADLINE_PASSED = "Event_DeclarationDeadlinePassed";
        public static final String SETTLEMENT_DECIDED_DURING_DECLARATION = "Event_SettlementDecidedDuringDeclaration";
        public static final String GATEWAY_WAIT_FOR_THE_COURT = "Gateway_WaitForTheCourt";

        public static final String AWAIT_SETTLEMENT_DECISION = "Task_AwaitSettlementDecision";
        public static final String THIRTY_DAYS_PASSED = "Event_ThirtyDaysPassed";
        public static final String FIFTY_DAYS_PASSED = "Event_FiftyDaysPassed";
        public static final String SETTLEMENT_DEADLINE_PASSED = "Event_SettlementDeadlinePassed";
        public static final String REMIND_HEIRS_AFTER_30_DAYS = "Task_RemindHeirsAfter30Days";
        public static final String END_HEIRS_REMINDED_AFTER_30_DAYS = "EndEvent_HeirsRemindedAfter30Days";
        public static final String REMIND_HEIRS_AFTER_50_DAYS = "Task_RemindHeirsAfter50Days";
        public static final String END_HEIRS_REMINDED_AFTER_50_DAYS = "EndEvent_HeirsRemindedAfter50Days";
        public static final String FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM = "Task_FollowUpEstateWithoutSettlementForm";
        public static final String SETTLEMENT_DECIDED_DURING_FOLLOW_UP = "Event_SettlementDecidedDuringFollowUp";
        public static final String AWAIT_SETTLEMENT_DECISION_AGAIN = "Event_AwaitSettlementDecisionAgain";
        public static final String GATEWAY_DECISION_AFTER_FOLLOW_UP = "Gateway_DecisionAfterFollowUp";
        public static final String GATEWAY_SETTLEMENT_DECISION_RECEIVED = "Gateway_SettlementDecisionReceived";

        public static final String DECIDE_ESTATE_OVERVIEW_ACCESS = "Task_DecideEstateOverviewAccess";
        public static final String GATEWAY_SETTLEMENT_FORM = "Gateway_SettlementForm";
        public static final String NOTIFY_SKATTEETATEN_UNDIVIDED_ESTATE = "Task_NotifySkatteetatenUndividedEstate";
        public static final String GATEWAY_ESTATE_OVERVIEW_DUE = "Gateway_EstateOverviewDue";
        public static final String GATHER_ESTATE_OVERVIEW = "Task_GatherEstateOverview";
        public static final String FOLLOW_UP_PUBLIC_SETTLEMENT = "Task_FollowUpPublicSettlement";
        public static final String ESTATE_SETTLED_DURING_FOLLOW_UP = "Event_EstateSettledDuringFollowUp";
        public static final String ESTATE_SETTLED_BY_COURT = "Event_EstateSettledByCourt";
        public static final String GATEWAY_PUBLIC_SETTLEMENT_DONE = "Gateway_PublicSettlementDone";
        public static final String GATEWAY_MUST_THE_HEIRS_SHARE = "Gateway_MustTheHeirsShare";
        public static final String SHARE_THE_ESTATE = "Task_ShareTheEstate";
        public static final String SHARING_REMINDER_DUE = "Event_SharingReminderDue";
        public static final String REMIND_HEIRS_TO_SHARE = "Task_RemindHeirsToShare";
        public static final String END_HEIRS_REMINDED_TO_SHARE = "EndEvent_HeirsRemindedToShare";
        public static final String GATEWAY_ESTATE_TAX_RETURN_DUE = "Gateway_EstateTaxReturnDue";
        public static final String FILE_ESTATE_TAX_RETURN = "Task_FileEstateTaxReturn";
        public static final String TAX_RETURN_REMINDER_DUE = "Event_TaxReturnReminderDue";
        public static final String REMIND_HEIRS_OF_TAX_RETURN = "Task_RemindHeirsOfTaxReturn";
        public static final String END_HEIRS_REMINDED_OF_TAX_RETURN = "EndEvent_HeirsRemindedOfTaxReturn";
        public static final String GATEWAY_ESTATE_REPORTED = "Gateway_EstateReported";
        public static final String GATEWAY_ESTATE_HANDLED = "Gateway_EstateHandled";

        public static final String GATEWAY_CASE_JOIN = "Gateway_CaseJoin";
        public static final String END_ESTATE_SETTLED = "EndEvent_EstateSettled";

        public static final String DEATH_WITHDRAWN = "SubProcess_DeathWithdrawn";
        public static final String START_PERSON_REACTIVATED = "StartEvent_PersonReactivated";
        public static final String GATEWAY_WAS_ANYONE_TOLD = "Gateway_WasAnyoneTold";
        public static final String END_WITHDRAWN_BEFORE_ANY_NOTICE = "EndEvent_WithdrawnBeforeAnyNotice";
        public static final String GATEWAY_WITHDRAWAL_FORK = "Gateway_WithdrawalFork";
        public static final String WITHDRAW_NAV_NOTICES = "Task_WithdrawNavNotices";
        public static final String WITHDRAW_FUNERAL_NOTICE = "Task_WithdrawFuneralNotice";
        public static final String WITHDRAW_ESTATE_TAX_NOTICE = "Task_WithdrawEstateTaxNotice";
        public static final String GATEWAY_HEIRS_WERE_TOLD = "Gateway_HeirsWereTold";
        public static final String INFORM_HEIRS_OF_WITHDRAWAL = "Task_InformHeirsOfWithdrawal";
        public static final String GATEWAY_HEIR_WITHDRAWAL_HANDLED = "Gateway_HeirWithdrawalHandled";
        public static final String GATEWAY_WITHDRAWAL_JOIN = "Gateway_WithdrawalJoin";
        public static final String END_DEATH_REGISTRATION_WITHDRAWN = "EndEvent_DeathRegistrationWithdrawn";

        public static final String DEATH_REGISTERED_AGAIN = "SubProcess_DeathRegisteredAgain";
        public static final String START_DEATH_REGISTERED_AGAIN = "StartEvent_DeathRegisteredAgain";
        public static final String END_DEATH_REGISTERED_AGAIN_NOTED = "EndEvent_DeathRegisteredAgainNoted";

        private Element() {
        }
        // The deadline timers of the agency tasks and their paths (ADR 0025).
        public static final String CHECK_DEATH_REGISTRATION_DEADLINE_NEAR = "Timer_CheckDeathRegistrationDeadlineNear";
        public static final String REMIND_CHECK_DEATH_REGISTRATION = "Task_RemindCheckDeathRegistration";
        public static final String END_CHECK_DEATH_REGISTRATION_REMINDED = "EndEvent_CheckDeathRegistrationReminded";
        public static final String CHECK_DEATH_REGISTRATION_DEADLINE_PASSED = "Timer_CheckDeathRegistrationDeadlinePassed";
        public static final String ESCALATE_CHECK_DEATH_REGISTRATION = "Task_EscalateCheckDeathRegistration";
        public static final String END_CHECK_DEATH_REGISTRATION_ESCALATED = "EndEvent_CheckDeathRegistrationEscalated";
        public static final String DECIDE_OMSTILLINGSSTONAD_DEADLINE_NEAR = "Timer_DecideOmstillingsstonadDeadlineNear";
        public static final String REMIND_DECIDE_OMSTILLINGSSTONAD = "Task_RemindDecideOmstillingsstonad";
        public static final String END_DECIDE_OMSTILLINGSSTONAD_REMINDED = "EndEvent_DecideOmstillingsstonadReminded";
        public static final String DECIDE_OMSTILLINGSSTONAD_DEADLINE_PASSED = "Timer_DecideOmstillingsstonadDeadlinePassed";
        public static final String ESCALATE_DECIDE_OMSTILLINGSSTONAD = "Task_EscalateDecideOmstillingsstonad";
        public static final String END_DECIDE_OMSTILLINGSSTONAD_ESCALATED = "EndEvent_DecideOmstillingsstonadEscalated";
        public static final String DECIDE_BARNEPENSJON_DEADLINE_NEAR = "Timer_DecideBarnepensjonDeadlineNear";
        public static final String REMIND_DECIDE_BARNEPENSJON = "Task_RemindDecideBarnepensjon";
        public static final String END_DECIDE_BARNEPENSJON_REMINDED = "EndEvent_DecideBarnepensjonReminded";
        public static final String DECIDE_BARNEPENSJON_DEADLINE_PASSED = "Timer_DecideBarnepensjonDeadlinePassed";
        public static final String ESCALATE_DECIDE_BARNEPENSJON = "Task_EscalateDecideBarnepensjon";
        public static final String END_DECIDE_BARNEPENSJON_ESCALATED = "EndEvent_DecideBarnepensjonEscalated";
        public static final String FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM_DEADLINE_NEAR = "Timer_FollowUpEstateWithoutSettlementFormDeadlineNear";
        public static final String REMIND_FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM = "Task_RemindFollowUpEstateWithoutSettlementForm";
        public static final String END_FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM_REMINDED = "EndEvent_FollowUpEstateWithoutSettlementFormReminded";
        public static final String FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM_DEADLINE_PASSED = "Timer_FollowUpEstateWithoutSettlementFormDeadlinePassed";
        public static final String ESCALATE_FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM = "Task_EscalateFollowUpEstateWithoutSettlementForm";
        public static final String END_FOLLOW_UP_ESTATE_WITHOUT_SETTLEMENT_FORM_ESCALATED = "EndEvent_FollowUpEstateWithoutSettlementFormEscalated";
        public static final String FOLLOW_UP_PUBLIC_SETTLEMENT_DEADLINE_NEAR = "Timer_FollowUpPublicSettlementDeadlineNear";
        public static final String REMIND_FOLLOW_UP_PUBLIC_SETTLEMENT = "Task_RemindFollowUpPublicSettlement";
        public static final String END_FOLLOW_UP_PUBLIC_SETTLEMENT_REMINDED = "EndEvent_FollowUpPublicSettlementReminded";
        public static final String FOLLOW_UP_PUBLIC_SETTLEMENT_DEADLINE_PASSED = "Timer_FollowUpPublicSettlementDeadlinePassed";
        public static final String ESCALATE_FOLLOW_UP_PUBLIC_SETTLEMENT = "Task_EscalateFollowUpPublicSettlement";
        public static final String END_FOLLOW_UP_PUBLIC_SETTLEMENT_ESCALATED = "EndEvent_FollowUpPublicSettlementEscalated";
    }

    /** Process variables: what gateways, routing and tasks need, nothing more. */
    public static final class Variable {
        /** Set at start. */
        public static final String CASE_REF = CaseService.CASE_REF;
        /** Set at start: the deceased's fødselsnummer. */
        public static final String SUBJECT = CaseService.SUBJECT;

        /** Set by {@link Delegate#FIND_FAMILY}: a surviving spouse or registered partner (boolean). */
        public static final String HAS_SPOUSE = "hasSpouse";
        /** Set by {@link Delegate#FIND_FAMILY}: how many of the deceased's children are under 20 (integer). */
        public static final String CHILDREN_UNDER_20 = "childrenUnder20";
        /** Set by {@link Delegate#FIND_FAMILY}: the surviving spouse's or partner's identity number, when there is one. */
        @NotInTheModel("findFamily writes it; recordHeirDeclaration and sendOmstillingsstonadDecision read it")
        public static final String SPOUSE_ID = "spouseId";
        /** Set by {@link Delegate#FIND_FAMILY}: the heirs' identity numbers (list of strings). */
        public static final String HEIRS = "heirs";
        /** Set by {@link Delegate#FIND_FAMILY}: kommunenummer of the residence; absent when the address is protected. */
        public static final String RESIDENCE_MUNICIPALITY = "residenceMunicipality";
        /** Set by {@link Delegate#FIND_FAMILY}: fortrolig or strengtFortrolig address (boolean; absent counts as true). */
        public static final String ADDRESS_PROTECTED = "addressProtected";
        /** Set by {@link Delegate#FIND_DISTRICT_COURT}: the court district's court of the residence municipality, or null. */
        public static final String DISTRICT_COURT = "districtCourt";

        /** Set by decision {@link Decision#AGENCY_ROUTING}: candidate group and notice recipient for NAV's part. */
        public static final String NAV_AGENCY = "navAgency";
        /** Set by decision {@link Decision#AGENCY_ROUTING}: who is told about the funeral. */
        public static final String FUNERAL_AGENCY = "funeralAgency";
        /** Set by decision {@link Decision#AGENCY_ROUTING}: candidate group of the district court's tasks. */
        public static final String COURT_AGENCY = "courtAgency";
        /** Set from decision {@link Decision#SURVIVOR_BENEFIT} (boolean). */
        public static final String OMSTILLINGSSTONAD_MAY_APPLY = "omstillingsstonadMayApply";
        /** Set from decision {@link Decision#SURVIVOR_BENEFIT} (boolean). */
        public static final String BARNEPENSJON_MAY_APPLY = "barnepensjonMayApply";

        /** Local input of {@link Delegate#FIND_CONTACT_CHANNELS}: whom to reach, mapped from {@link #HEIRS}. */
        public static final String RECIPIENTS = "recipients";
        /** Set by {@link Delegate#FIND_CONTACT_CHANNELS}: heirs who get digital mail (list of identity numbers). */
        @NotInTheModel("findContactChannels writes it, sendHeirLetters reads it")
        public static final String DIGITAL_RECIPIENTS = "digitalRecipients";
        /** Set by {@link Delegate#FIND_CONTACT_CHANNELS}: heirs who get paper mail (list of identity numbers). */
        @NotInTheModel("findContactChannels writes it, sendHeirLetters reads it")
        public static final String PAPER_RECIPIENTS = "paperRecipients";
        /** Local input of {@link Delegate#SEND_HEIR_LETTERS}: which letter, a {@link Letter} value. */
        public static final String LETTER = "letter";
        /** Set when the heirs' letters are sent (boolean), so that a withdrawal reaches them too. */
        public static final String HEIRS_INFORMED = "heirsInformed";
        /** Local input of {@link Delegate#SEND_HEIR_REMINDER}: days left of the 60, a Long (30 or 10). */
        public static final String DAYS_LEFT = "daysLeft";

        /** Set by decision {@link Decision#AGENCY_ROUTING}'s step: 60 days after the death reached the case (a date). */
        public static final String SETTLEMENT_DEADLINE = "settlementDeadline";

        /** The heirs' declaration (docs/adr/0061). Set by {@link Delegate#FIND_WHO_DECLARES}: heir to who answers (JSON map). */
        public static final String HEIR_ANSWERERS = "heirAnswerers";
        /** Set by {@link Delegate#FIND_WHO_DECLARES}: the guardians who answer for minor heirs (JSON list); they see the case. */
        @NotInTheModel("findWhoDeclares writes it; the case file reads it for representation")
        public static final String DECLARING_GUARDIANS = "declaringGuardians";
        /** Set by {@link Delegate#FIND_WHO_DECLARES}: the deceased's children who are not the spouse's (JSON list). */
        @NotInTheModel("findWhoDeclares writes it, recordHeirDeclaration reads it")
        public static final String STEPCHILDREN = "stepchildren";
        /** The element variable of the heirs' multi-instance task: the heir the task is about. */
        public static final String HEIR = "heir";
        /** The tally, set by {@link Delegate#FIND_WHO_DECLARES} and {@link Delegate#RECORD_HEIR_DECLARATION}. */
        public static final String HEIRS_YET_TO_ANSWER = "heirsYetToAnswer";
        public static final String HEIRS_COUNT = "heirsCount";
        public static final String HEIRS_AGREEING_TO_PRIVATE_SETTLEMENT = "heirsAgreeingToPrivateSettlement";
        public static final String HEIRS_RENOUNCING = "heirsRenouncing";
        public static final String HEIRS_TAKING_ON_DEBTS = "heirsTakingOnDebts";
        public static final String PUBLIC_SETTLEMENT_ASKED = "publicSettlementAsked";
        public static final String SPOUSE_CHOSE_UNDIVIDED_ESTATE = "spouseChoseUndividedEstate";
        public static final String STEPCHILDREN_WITHOUT_CONSENT = "stepchildrenWithoutConsent";
        /** The heirs who did not renounce and sign the declaration (JSON list); sign-and-send-declaration's signers. */
        public static final String DECLARATION_SIGNERS = "declarationSigners";
        /** The heirs who take on the deceased's debts (JSON list); sign-and-send-declaration's debtTakers. */
        public static final String DEBT_TAKERS = "debtTakers";
        /** Set by form {@link Form#SETTLEMENT_DECLARATION}, local to one heir's task: a {@link HeirChoice} value. */
        public static final String SETTLEMENT_CHOICE = "settlementChoice";
        /** Set by form {@link Form#SETTLEMENT_DECLARATION}, local to one heir's task (boolean). */
        public static final String TAKES_ON_DEBTS = "takesOnDebts";
        /** Set from decision {@link Decision#ESTATE_DECLARATION}: a {@link DeclarationChoice} value. */
        public static final String DECLARATION_CHOICE = "declarationChoice";
        /** Set from decision {@link Decision#ESTATE_DECLARATION}: the letter telling why no choice holds. */
        public static final String DECLARATION_LETTER = "declarationLetter";
        /** Local input of the reminders to choose: the heirs who get them. */
        public static final String ONLY_TO = "onlyTo";
        /** Out of evidence-preview (boolean). */
        public static final String EVIDENCE_CORRECTED = "evidenceCorrected";
        /** Out of sign-and-send-declaration: the court's case number. */
        public static final String COURT_CASE_NUMBER = "courtCaseNumber";

        /** Carried by {@link Message#ESTATE_SETTLEMENT_DECIDED}: a {@link SettlementForm} value (the court's skifteform). */
        public static final String SETTLEMENT_FORM = "settlementForm";
        /** Carried by {@link Message#ESTATE_SETTLEMENT_DECIDED}: the heirs the court names, who may see the estate overview. */
        @NotInTheModel("the court's estate case delivers it, gatherEstateOverview reads it")
        public static final String ESTATE_HEIRS = "estateHeirs";
        /** Set by {@link Delegate#ASK_FOR_FORMUESFULLMAKT} (boolean): the court gave at least one heir a formuesfullmakt. */
        public static final String FORMUESFULLMAKT_GRANTED = "formuesfullmaktGranted";
        /** Set by {@link Delegate#ASK_FOR_FORMUESFULLMAKT}: the heirs the court gave a formuesfullmakt (JSON list). */
        @NotInTheModel("askForFormuesfullmakt sets it, gatherEstateOverview reads it")
        public static final String FORMUESFULLMAKT_HEIRS = "formuesfullmaktHeirs";
        /** Set by {@link Delegate#FIND_FAMILY}: the deceased's date of death in Folkeregisteret (ISO date). */
        @NotInTheModel("findFamily sets it, gatherEstateOverview reads it")
        public static final String DATE_OF_DEATH = "dateOfDeath";
        /** Set by decision {@link Decision#ESTATE_OVERVIEW_ACCESS}: an {@link EstateOverviewFor} value. */
        public static final String ESTATE_OVERVIEW_FOR = "estateOverviewFor";

        /** Receipts from notify-agency ({@code receiptReceived}), one per notice. */
        public static final String STOP_PAYMENTS_RECEIPT = "stopPaymentsReceipt";
        public static final String SURVIVOR_BENEFITS_RECEIPT = "survivorBenefitsReceipt";
        public static final String FUNERAL_RECEIPT = "funeralReceipt";
        public static final String ESTATE_TAX_RECEIPT = "estateTaxReceipt";
        public static final String UNDIVIDED_ESTATE_RECEIPT = "undividedEstateReceipt";

        /** Set by form {@link Form#DEATH_REGISTRATION_CHECK}. */
        public static final String DEATH_REGISTRATION_OUTCOME = "deathRegistrationOutcome";
        /** Set by form {@link Form#SETTLEMENT_FORM_FOLLOW_UP}. */
        public static final String SETTLEMENT_FOLLOW_UP_OUTCOME = "settlementFollowUpOutcome";
        /** Set by form {@link Form#DISTRIBUTION_REPORT}: "yes" or "no"; "no" means the estate sends its own tax return. */
        public static final String ESTATE_SETTLED_IN_THE_YEAR_OF_DEATH = "estateSettledInTheYearOfDeath";
        /** Set by form {@link Form#DISTRIBUTION_REPORT} (boolean). */
        public static final String ESTATE_SHARED = "estateShared";
        /** Set by form {@link Form#ESTATE_TAX_RETURN} (boolean). */
        public static final String ESTATE_TAX_RETURN_SENT = "estateTaxReturnSent";
        /** Set by form {@link Form#PUBLIC_SETTLEMENT}. */
        public static final String ESTATE_ADMINISTRATOR_NAME = "estateAdministratorName";

        private Variable() {
        }
    }

    /**
     * Values of {@link Variable#SETTLEMENT_FORM}: the court's {@code skifteform} once decided
     * (docs/domain.md#courts-estate-feed).
     */
    public static final class SettlementForm {
        public static final String PRIVATE = "PRIVAT_SKIFTE";
        public static final String UNDIVIDED = "USKIFTE";
        public static final String PUBLIC = "OFFENTLIG_SKIFTE";
        public static final String SMALL_ESTATE = "PRIVAT_SKIFTE_AV_DODSBO_MED_LITEN_VERDI";
        /** The court feed's value before a decision: never delivered with {@link Message#ESTATE_SETTLEMENT_DECIDED}. */
        public static final String NOT_DECIDED = "IKKE_AVGJORT";

        private SettlementForm() {
        }
    }

    /** Values of {@link Variable#SETTLEMENT_CHOICE}: one heir's answer (the form's values). */
    public static final class HeirChoice {
        public static final String PRIVATE_SETTLEMENT = "private-settlement";
        public static final String UNDIVIDED_ESTATE = "undivided-estate";
        public static final String PUBLIC_SETTLEMENT = "public-settlement";
        /** The heir does not agree to private settlement and asks for nothing else: no choice holds unless another does. */
        public static final String REFUSE_PRIVATE_SETTLEMENT = "refuse-private-settlement";
        public static final String RENOUNCE = "renounce";

        private HeirChoice() {
        }
    }

    /** Values of {@link Variable#DECLARATION_CHOICE}: what the heirs declare together, as sign-and-send-declaration takes it. */
    public static final class DeclarationChoice {
        public static final String PRIVATE_SETTLEMENT = "private-settlement";
        public static final String UNDIVIDED_ESTATE = "undivided-estate";
        public static final String PUBLIC_SETTLEMENT = "public-settlement";
        public static final String NONE = "none";

        private DeclarationChoice() {
        }
    }

    /** Values of {@link Variable#ESTATE_OVERVIEW_FOR}: whom {@link Delegate#GATHER_ESTATE_OVERVIEW} serves. */
    public static final class EstateOverviewFor {
        public static final String HEIRS_WITH_SKIFTEATTEST = "heirs-with-skifteattest";
        public static final String SURVIVING_SPOUSE = "surviving-spouse";
        public static final String HEIRS_TAKING_RESPONSIBILITY = "heirs-taking-responsibility";
        /** Before the court's decision: the heirs the court gave a formuesfullmakt (docs/adr/0064). */
        public static final String HEIRS_WITH_FORMUESFULLMAKT = "heirs-with-formuesfullmakt";
        public static final String NONE = "none";

        private EstateOverviewFor() {
        }
    }

    /** Values of {@link Variable#LETTER}. */
    public static final class Letter {
        public static final String DEATH_REGISTERED = "death-registered";
        public static final String DEATH_WITHDRAWN = "death-withdrawn";
        /** From decision {@link Decision#ESTATE_DECLARATION}: why no choice of the heirs holds. */
        public static final String DECLARATION_NOT_AGREED = "estate-declaration-not-agreed";
        public static final String DECLARATION_NOBODY_TAKES_ON_DEBTS = "estate-declaration-nobody-takes-on-debts";
        public static final String DECLARATION_WITHOUT_CONSENT = "estate-declaration-without-consent";
        /** The signed declaration did not reach the court (the error DeclarationNotSent of sign-and-send-declaration). */
        public static final String DECLARATION_NOT_SENT = "estate-declaration-not-sent";
        /** After the skifteattest, while the heirs' tasks are open. */
        public static final String SHARING_REMINDER = "estate-sharing-reminder";
        public static final String TAX_RETURN_REMINDER = "estate-tax-return-reminder";

        private Letter() {
        }
    }

    /**
     * Message names the feeds deliver into a running case, correlated by business key (the case reference) or by
     * the case's {@code subject}. The model's message elements are {@code Message_<name>}.
     */
    public static final class Message {
        /** The court decided the form of settlement; carries {@link Variable#SETTLEMENT_FORM}. */
        public static final String ESTATE_SETTLEMENT_DECIDED = "EstateSettlementDecided";
        /** The court finished a public settlement. No variables. */
        public static final String ESTATE_SETTLED = "EstateSettled";
        /** Folkeregisteret {@code personErReaktivert}: the death was registered by mistake. Stops the case. */
        public static final String PERSON_REACTIVATED = "PersonReactivated";
        /** Folkeregisteret announced the death again. Noted, nothing else. */
        public static final String DEATH_REGISTERED_AGAIN = "DeathRegisteredAgain";

        private Message() {
        }
    }

    /** BPMN error codes the delegates throw. */
    public static final class Error {
        /** Thrown by {@link Delegate#FIND_FAMILY} when Folkeregisteret does not know the deceased. */
        public static final String PERSON_NOT_FOUND = "Error_PersonNotFound";

        private Error() {
        }
    }

    /** Spring bean names of the delegates the model calls with {@code camunda:delegateExpression}. */
    public static final class Delegate {
        public static final String FIND_FAMILY = "findFamily";
        public static final String FIND_CONTACT_CHANNELS = "findContactChannels";
        public static final String SEND_HEIR_LETTERS = "sendHeirLetters";
        public static final String SEND_HEIR_REMINDER = "sendHeirReminder";
        public static final String GATHER_ESTATE_OVERVIEW = "gatherEstateOverview";
        public static final String FIND_WHO_DECLARES = "findWhoDeclares";
        public static final String ASK_FOR_FORMUESFULLMAKT = "askForFormuesfullmakt";
        /** A task listener: one heir's answer into the case's tally. */
        public static final String RECORD_HEIR_DECLARATION = "recordHeirDeclaration";
        /** An execution listener: the district court for the routing decision, from the dated court districts. */
        public static final String FIND_DISTRICT_COURT = "findDistrictCourt";
        /** The letters of Nav's decisions on survivor benefits, written from the recorded decisions. */
        public static final String SEND_OMSTILLINGSSTONAD_DECISION = "sendOmstillingsstonadDecision";
        public static final String SEND_BARNEPENSJON_DECISION = "sendBarnepensjonDecision";

        private Delegate() {
        }
        /** The reminder and escalation after an agency task's deadline timers (ADR 0025); they run in the timer's job. */
        public static final String REMIND_AGENCY = "remindAgency";
        public static final String ESCALATE_TO_SUPERVISORS = "escalateToSupervisors";
    }

    /** Decision ids in {@code decisions/} in this folder. */
    public static final class Decision {
        public static final String SURVIVOR_BENEFIT = "survivor-benefit";
        public static final String AGENCY_ROUTING = "death-agency-routing";
        public static final String ESTATE_OVERVIEW_ACCESS = "estate-overview-access";
        public static final String ESTATE_DECLARATION = "estate-declaration";

        private Decision() {
        }
    }

    /**
     * Values of the {@code benefit} output of {@link Decision#SURVIVOR_BENEFIT}, which are also the subjects of Nav's
     * decisions on them as recorded on the case (docs/adr/0055).
     */
    public static final class Benefit {
        public static final String OMSTILLINGSSTONAD = "omstillingsstonad";
        public static final String BARNEPENSJON = "barnepensjon";

        private Benefit() {
        }
    }

    /** Form ids in {@code forms/} in this folder. */
    public static final class Form {
        public static final String DEATH_REGISTRATION_CHECK = "death-registration-check";
        /** Nav's decisions on survivor benefits: {@code decisionOutcome} and {@code decisionReasons} (docs/adr/0055). */
        public static final String OMSTILLINGSSTONAD_DECISION = "survivor-omstillingsstonad-decision";
        public static final String BARNEPENSJON_DECISION = "survivor-barnepensjon-decision";
        public static final String SETTLEMENT_FORM_FOLLOW_UP = "estate-settlement-form-follow-up";
        public static final String PUBLIC_SETTLEMENT = "estate-public-settlement";
        /** The heirs' own task, in the portal. */
        public static final String SETTLEMENT_DECLARATION = "estate-settlement-declaration";
        /** The heirs' tasks after the skifteattest. */
        public static final String DISTRIBUTION_REPORT = "estate-distribution-report";
        public static final String ESTATE_TAX_RETURN = "estate-tax-return";

        private Form() {
        }
    }

    /** Agencies (candidate groups and notify-agency's {@code agency}). */
    public static final class Agency {
        public static final String NAV = "nav";
        /** NAV's national office for people with a strictly confidential address; see death-agency-routing.dmn. */
        public static final String NAV_VIKAFOSSEN = "nav-vikafossen";
        public static final String SKATTEETATEN = "skatteetaten";
        public static final String MUNICIPALITY_PREFIX = "kommune-";
        /** Oslo tingrett: the court for Oslo and, until the court districts are in the routing table, the fallback. */
        public static final String OSLO_TINGRETT = "tingrett-TOSL";

        private Agency() {
        }
    }

    /** The processes the model calls besides notify-agency (the contract in docs/adr/0061). */
    public static final class CalledProcess {
        public static final String EVIDENCE_PREVIEW = "evidence-preview";
        public static final String SIGN_AND_SEND_DECLARATION = "sign-and-send-declaration";

        private CalledProcess() {
        }
    }

    /** Notice ids sent with the shared call activity {@code notify-agency}. */
    public static final class Notice {
        public static final String STOP_PAYMENTS = "death-stop-payments";
        public static final String SURVIVOR_BENEFITS = "death-survivor-benefits";
        public static final String FUNERAL = "death-funeral";
        public static final String ESTATE_TAX = "death-estate-tax";
        public static final String UNDIVIDED_ESTATE = "death-undivided-estate";
        public static final String WITHDRAWN_NAV = "death-withdrawn-nav";
        public static final String WITHDRAWN_FUNERAL = "death-withdrawn-funeral";
        public static final String WITHDRAWN_ESTATE_TAX = "death-withdrawn-estate-tax";

        private Notice() {
        }
    }
}
