package no.lifecase.lifeevent.losingandfindingajob;

import no.lifecase.lifeevent.NotInTheModel;

/**
 * The names that code, tests and the process model {@code losing-and-finding-a-job.bpmn} in this folder share. Change one
 * here and in the model together. Facts behind the model: docs/domain.md#losing-and-finding-a-job and the model's
 * annotations.
 */
public final class LosingAndFindingAJob {

    public static final String PROCESS_ID = "losing-and-finding-a-job";

    private LosingAndFindingAJob() {
    }

    /** Element ids. */
    public static final class Element {
        public static final String START_JOB_LOST = "StartEvent_JobLost";
        public static final String LOOK_UP_PERSON = "Task_LookUpPerson";
        public static final String FIND_NAV_OFFICE = "Task_FindNavOffice";
        public static final String REGISTER_AS_JOB_SEEKER = "Task_RegisterAsJobSeeker";
        public static final String READ_EMPLOYMENT = "Task_ReadEmployment";
        public static final String READ_INCOME = "Task_ReadIncome";
        public static final String CHECK_BENEFIT_RULES = "Task_CheckUnemploymentBenefitRules";
        public static final String SEND_BENEFIT_APPLICATION = "Task_SendUnemploymentBenefitApplication";
        public static final String GATEWAY_BENEFIT_AUTOMATIC = "Gateway_BenefitAutomatic";
        /** Advance notice before a proposed refusal (forvaltningsloven § 16), and the citizen's 14 days to answer. */
        public static final String SEND_ADVANCE_NOTICE = "Task_SendAdvanceNotice";
        public static final String ANSWER_ADVANCE_NOTICE = "Task_AnswerAdvanceNotice";
        public static final String ADVANCE_NOTICE_DEADLINE = "Timer_AdvanceNoticeDeadline";
        public static final String GATEWAY_ADVANCE_NOTICE_CLOSED = "Gateway_AdvanceNoticeClosed";
        public static final String GATEWAY_TO_ASSESSMENT = "Gateway_ToAssessment";
        public static final String ASSESS_UNEMPLOYMENT_BENEFIT = "Task_AssessUnemploymentBenefit";
        /** The deadline paths of the assessment (ADR 0025). */
        public static final String ASSESSMENT_DEADLINE_NEAR = "Timer_AssessUnemploymentBenefitDeadlineNear";
        public static final String REMIND_ASSESSMENT = "Task_RemindAssessUnemploymentBenefit";
        public static final String END_ASSESSMENT_REMINDED = "EndEvent_AssessUnemploymentBenefitReminded";
        public static final String ASSESSMENT_DEADLINE_PASSED = "Timer_AssessUnemploymentBenefitDeadlinePassed";
        public static final String ESCALATE_ASSESSMENT = "Task_EscalateAssessUnemploymentBenefit";
        public static final String END_ASSESSMENT_ESCALATED = "EndEvent_AssessUnemploymentBenefitEscalated";
        public static final String GATEWAY_BENEFIT_DECIDED = "Gateway_BenefitDecided";
        /** The decision letter, after the automatic grant and after a caseworker's decision alike. */
        public static final String SEND_BENEFIT_DECISION = "Task_SendUnemploymentBenefitDecision";
        public static final String GATEWAY_NEXT_REPORT_PERIOD = "Gateway_NextReportPeriod";
        public static final String REPORT_PERIOD_ENDED = "Event_ReportPeriodEnded";
        public static final String SEND_EMPLOYMENT_REPORT = "Task_SendEmploymentReport";
        public static final String REPORT_MISSED = "Event_ReportMissed";
        public static final String REMOVE_FROM_REGISTER = "Task_RemoveFromJobSeekerRegister";
        public static final String END_REMOVED_FROM_REGISTER = "EndEvent_RemovedFromJobSeekerRegister";
        public static final String NEW_JOB = "SubProcess_NewJob";
        public static final String NEW_EMPLOYMENT_REPORTED = "StartEvent_NewEmploymentReported";
        public static final String GATEWAY_BENEFIT_TO_STOP = "Gateway_BenefitToStop";
        public static final String STOP_UNEMPLOYMENT_BENEFIT = "Task_StopUnemploymentBenefit";
        public static final String TELL_NAV_OF_NEW_JOB = "Task_TellNavOfNewJob";
        public static final String GATEWAY_NAV_TOLD = "Gateway_NavToldOfNewJob";
        public static final String END_NEW_JOB = "EndEvent_NewJob";

        private Element() {
        }
    }

    /** Process variables. */
    public static final class Variable {
        /** From the start form. */
        public static final String LAST_WORKING_DAY = "lastWorkingDay";
        public static final String REASON = "reason";
        public static final String EMPLOYER = "employerOrganisationNumber";
        /** Weekly hours before and from now on, for the working-time reduction (folketrygdloven § 4-3). */
        public static final String USUAL_WEEKLY_HOURS = "usualWeeklyHours";
        public static final String NEW_WEEKLY_HOURS = "newWeeklyHours";
        /** Laid off only: "yes" when the employer gave a written notice of lay-off (permitteringsvarsel). */
        public static final String LAY_OFF_NOTICE_RECEIVED = "layOffNoticeReceived";
        /** Set by {@code lookUpPerson}. */
        public static final String ADDRESS_PROTECTED = "addressProtected";
        /** Set by decision {@link Decision#AGENCY_ROUTING}. */
        public static final String NAV_AGENCY = "navAgency";
        /** Set by {@link Delegate#READ_EMPLOYMENT}: Aa-registeret has the employment with the employer named. */
        public static final String EMPLOYMENT_CONFIRMED = "employmentConfirmed";
        /** Set by {@link Delegate#READ_INCOME}: NOK, from a-ordningen, and G in force on the date that applies. */
        public static final String INCOME_LAST_12_MONTHS = "incomeLast12Months";
        public static final String INCOME_LAST_36_MONTHS = "incomeLast36Months";
        public static final String GRUNNBELOP = "grunnbelop";
        /** The date whose G was used: the day after the last working day, or the claim's day if later. */
        public static final String GRUNNBELOP_DATE = "grunnbelopDate";
        /** Set by decision {@link Decision#UNEMPLOYMENT_BENEFIT}: its outputs outcome, decidedBy and reason. */
        public static final String BENEFIT_RULES = "unemploymentBenefitRules";
        /** The rules' outcome (granted, refused or none) and why a caseworker decides, for the caseworker's form. */
        public static final String BENEFIT_RULES_OUTCOME = "unemploymentBenefitOutcome";
        public static final String BENEFIT_RULES_REASON = "unemploymentBenefitReason";
        /** Set by form {@link Form#ANSWER_ADVANCE_NOTICE}: what the citizen answered. */
        public static final String ADVANCE_NOTICE_ANSWER = "advanceNoticeAnswer";
        /** Set by form {@link Form#ASSESS_UNEMPLOYMENT_BENEFIT}: granted or refused, and the reasons (docs/adr/0055). */
        public static final String DECISION_OUTCOME = "decisionOutcome";
        public static final String DECISION_REASONS = "decisionReasons";
        /** True once unemployment benefit is granted, by the rules or by Nav. */
        public static final String BENEFIT_GRANTED = "unemploymentBenefitGranted";
        /** Set by the message {@link Message#NEW_EMPLOYMENT_REPORTED}. */
        @NotInTheModel("NewEmploymentWatch writes it when Aa-registeret shows a new job")
        public static final String NEW_EMPLOYER = "newEmployerOrganisationNumber";

        private Variable() {
        }
    }

    /** Values of {@link Variable#REASON}. */
    public static final class Reason {
        public static final String DISMISSED = "dismissed";
        public static final String LAID_OFF = "laid-off";
        public static final String BANKRUPT = "bankrupt";
        /** The citizen resigned; whether with good reason is a caseworker's judgement (folketrygdloven § 4-10). */
        public static final String QUIT = "quit";
        public static final String SUMMARILY_DISMISSED = "summarily-dismissed";

        private Reason() {
        }
    }

    /** Values of the reason output of {@link Decision#UNEMPLOYMENT_BENEFIT}: why a caseworker decides. */
    public static final class RulesReason {
        public static final String EMPLOYMENT_NOT_CONFIRMED = "employment-not-confirmed";
        public static final String WORKING_TIME_NOT_REDUCED = "working-time-not-reduced";
        public static final String INCOME_TOO_LOW = "income-too-low";
        public static final String REASON_FOR_LEAVING = "reason-for-leaving";
        public static final String LAY_OFF_NOTICE = "lay-off-notice";
        public static final String LAY_OFF_NOTICE_MISSING = "lay-off-notice-missing";
        public static final String NOT_COVERED = "not-covered-by-the-rules";

        private RulesReason() {
        }
    }

    /** Messages delivered into a running case, by business key. */
    public static final class Message {
        /** A new employer has reported an employment in Aa-registeret (via a-meldingen). */
        public static final String NEW_EMPLOYMENT_REPORTED = "NewEmploymentReported";

        private Message() {
        }
    }

    public static final class Delegate {
        public static final String LOOK_UP_PERSON = "lookUpPerson";
        public static final String READ_EMPLOYMENT = "readEmployment";
        public static final String READ_INCOME = "readIncome";
        /** The deadline paths of agency tasks (ADR 0025). */
        public static final String TASK_DEADLINE = "taskDeadline";
        public static final String REMIND_AGENCY = "remindAgency";
        public static final String SEND_ADVANCE_NOTICE = "sendUnemploymentBenefitAdvanceNotice";
        public static final String SEND_BENEFIT_DECISION = "sendUnemploymentBenefitDecision";
        public static final String ESCALATE_TO_SUPERVISORS = "escalateToSupervisors";

        private Delegate() {
        }
    }

    public static final class Decision {
        public static final String AGENCY_ROUTING = "job-agency-routing";
        public static final String UNEMPLOYMENT_BENEFIT = "unemployment-benefit";

        private Decision() {
        }
    }

    public static final class Form {
        public static final String START = "losing-a-job-start";
        public static final String ASSESS_UNEMPLOYMENT_BENEFIT = "assess-unemployment-benefit";
        public static final String ANSWER_ADVANCE_NOTICE = "answer-advance-notice";
        public static final String EMPLOYMENT_REPORT = "employment-report";

        private Form() {
        }
    }

    public static final class Agency {
        public static final String NAV = "nav";
        public static final String NAV_VIKAFOSSEN = "nav-vikafossen";

        private Agency() {
        }
    }

    /** Letters to the citizen, with texts in letters.nb/nn/en.properties of this folder (docs/adr/0054). */
    public static final class Letter {
        public static final String ADVANCE_NOTICE = "unemployment-benefit-advance-notice";
        /** The rules granted it by themselves (NAV-loven § 4 a). */
        public static final String BENEFIT_GRANTED = "unemployment-benefit-granted";
        /** A Nav caseworker granted it. */
        public static final String BENEFIT_GRANTED_AFTER_ASSESSMENT = "unemployment-benefit-granted-after-assessment";
        /** A Nav caseworker refused it. */
        public static final String BENEFIT_REFUSED = "unemployment-benefit-refused";

        private Letter() {
        }
    }

    /** Notice ids sent with {@code notify-agency}. */
    public static final class Notice {
        public static final String JOB_SEEKER_REGISTRATION = "job-seeker-registration";
        public static final String UNEMPLOYMENT_BENEFIT_APPLICATION = "unemployment-benefit-application";
        public static final String JOB_SEEKER_DEREGISTRATION = "job-seeker-deregistration";
        public static final String UNEMPLOYMENT_BENEFIT_STOP = "unemployment-benefit-stop";
        public static final String NEW_EMPLOYMENT = "job-seeker-new-employment";

        private Notice() {
        }
    }
}
