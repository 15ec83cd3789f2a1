package no.lifecase.evidence;

/**
 * The names that code, tests and the model {@code evidence-preview.bpmn} in this folder share (docs/adr/0063). The
 * process is called by a life event before a decision: each reader checks the register data the decision rests on,
 * and a reported error is answered by the register's owner before the process ends.
 */
public final class EvidencePreview {

    public static final String PROCESS_ID = "evidence-preview";

    private EvidencePreview() {
    }

    public static final class Element {
        public static final String START = "StartEvent_EvidencePreviewStarted";
        public static final String EACH_READER = "SubProcess_EachReader";
        public static final String CHECK_EVIDENCE = "Task_CheckEvidence";
        public static final String CHECK_EVIDENCE_NOT_ANSWERED = "Timer_CheckEvidenceNotAnswered";
        public static final String GATEWAY_SOMETHING_WRONG = "Gateway_SomethingWrong";
        public static final String ANSWER_REPORT = "Task_AnswerEvidenceReport";
        public static final String CONCLUDE = "Task_ConcludeEvidence";
        public static final String END = "EndEvent_EvidenceChecked";

        private Element() {
        }
    }

    /** The call's in and out variables (the contract with the calling life event) and the tasks' own. */
    public static final class Variable {
        /** In: the case's reference (the business key is the same). */
        public static final String CASE_REF = "caseRef";
        /** In: which decision the evidence is for, e.g. {@code estate-declaration}, {@code survivor-benefit}. */
        public static final String SUBJECT = "evidenceSubject";
        /** In: the fødselsnumre of the people who check the evidence: a list, a JSON list or one number. */
        public static final String READERS = "evidenceReaders";
        /** Out: whether a register owner corrected anything the readers reported. */
        public static final String CORRECTED = "evidenceCorrected";

        /** The readers as a plain list for the multi-instance, and the one reader of each instance. */
        public static final String READER_IDS = "evidenceReaderIds";
        public static final String READER = "evidenceReader";

        /** The reader's answer: {@link Value#CONFIRMED} or {@link Value#WRONG}, with the register and their words. */
        public static final String ANSWER = "evidenceAnswer";
        public static final String WRONG_REGISTER = "evidenceWrongRegister";
        public static final String WRONG_TEXT = "evidenceWrongText";

        /** Set when a report is filed: where it goes and which it is. */
        public static final String OWNER = "evidenceOwner";
        public static final String REPORT_ID = "evidenceReportId";
        /** What the register owner's form shows: the facts as the reader saw them, and the reader's words. */
        public static final String REPORTED_FACTS = "evidenceReportedFacts";
        public static final String REPORTED_TEXT = "evidenceReportedText";

        /** The owner's answer: {@link Value#CORRECTED} or {@link Value#NOT_CORRECTED}, with a text the citizen reads. */
        public static final String REPORT_OUTCOME = "evidenceReportOutcome";
        public static final String REPORT_ANSWER = "evidenceReportAnswer";

        private Variable() {
        }
    }

    public static final class Value {
        public static final String CONFIRMED = "confirmed";
        public static final String WRONG = "wrong";
        public static final String CORRECTED = "corrected";
        public static final String NOT_CORRECTED = "not-corrected";

        private Value() {
        }
    }
}
