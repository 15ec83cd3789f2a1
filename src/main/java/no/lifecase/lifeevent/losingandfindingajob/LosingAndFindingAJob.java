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
        public static final String CHECK_INCOME_REQUIREMENT = "Task_CheckIncomeRequirement";
        public static final String SEND_BENEFIT_APPLICATION = "Task_SendUnemploymentBenefitApplication";
        public static final String GATEWAY_BENEFIT_AUTOMATIC = "Gateway_BenefitAutomatic";
        public static final String ASSESS_UNEMPLOYMENT_BENEFIT = "Task_AssessUnemploymentBenefit";
        /** The deadline paths of the assessment (ADR 0025). */
        public static final String ASSESSMENT_DEADLINE_NEAR = "Timer_AssessUnemploymentBenefitDeadlineNear";
        public static final String REMIND_ASSESSMENT = "Task_RemindAssessUnemploymentBenefit";
        public static final String END_ASSESSMENT_REMINDED = "EndEvent_AssessUnemploymentBenefitReminded";
        public static final String ASSESSMENT_DEADLINE_PASSED = "Timer_AssessUnemploymentBenefitDeadlinePassed";
        public static final String ESCALATE_ASSESSMENT = "Task_EscalateAssessUnemploymentBenefit";
        public static final String END_ASSESSMENT_ESCALATED = "EndEvent_AssessUnemploymentBenefitEscalated";
        public static final String GATEWAY_BENEFIT_DECIDED = "Gateway_BenefitDecided";
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
        /** Set by {@code lookUpPerson}. */
        public static final String ADDRESS_PROTECTED = "addressProtected";
        /** Set by decision {@link Decision#AGENCY_ROUTING}. */
        public static final String NAV_AGENCY = "navAgency";
        /** Set by {@link Delegate#READ_EMPLOYMENT}: Aa-registeret has the employment with the employer named. */
        public static final String EMPLOYMENT_CONFIRMED = "employmentConfirmed";
        /** Set by {@link Delegate#READ_INCOME}: NOK, from a-ordningen, and G on the day of reading. */
        public static final String INCOME_LAST_12_MONTHS = "incomeLast12Months";
        public static final String INCOME_LAST_36_MONTHS = "incomeLast36Months";
        public static final String GRUNNBELOP = "grunnbelop";
        /** Set by decision {@link Decision#UNEMPLOYMENT_BENEFIT}. */
        public static final String BENEFIT_ROUTE = "unemploymentBenefitRoute";
        /** Set by form {@link Form#ASSESS_UNEMPLOYMENT_BENEFIT}: granted or refused. */
        public static final String BENEFIT_DECISION = "unemploymentBenefitDecision";
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

        private Reason() {
        }
    }

    /** Values of {@link Variable#BENEFIT_ROUTE}. */
    public static final class BenefitRoute {
        public static final String GRANT = "grant";
        public static final String LAID_OFF = "laid-off";
        public static final String INCOME_TOO_LOW = "income-too-low";
        public static final String EMPLOYMENT_NOT_CONFIRMED = "employment-not-confirmed";

        private BenefitRoute() {
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
