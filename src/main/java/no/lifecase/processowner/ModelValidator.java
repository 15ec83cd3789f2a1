package no.lifecase.processowner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lifecase.casefile.CaseTypes;
import no.lifecase.casefile.DeadlinePath;
import no.lifecase.modelsafety.ModelBeans;
import no.lifecase.modelsafety.ModelCheck;
import no.lifecase.modelsafety.SafeXml;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks uploaded BPMN, DMN and form files before anything is deployed, and reports every finding, not only the first:
 * safe, well-formed and schema-valid XML, models the engine's model API reads, and Lifecase's rules for how a process
 * is written (docs/adr/0030 and docs/adr/0035), the same for an upload as for the models and forms shipped in the life events' folders.
 */
@Component
class ModelValidator {

    /** Ids that Camunda Modeler (and older editors) generate: {@code Activity_0x1y2z3}, {@code Flow_1abc}, {@code sid-…}. */
    static final Pattern GENERATED_ID = Pattern.compile("^([A-Za-z]+_[0-9][0-9a-z]*(_di)?|sid-[0-9A-Fa-f-]+|id_?[0-9a-f-]+)$");

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{([A-Za-z][A-Za-z0-9]*)}$");
    /** {@code R5/PT1M}, or the waits one by one: {@code PT1M,PT5M,PT30M,PT2H}. */
    private static final Pattern RETRY_CYCLE = Pattern.compile("^(R\\d+/PT\\d+M|(PT\\d+[MH],)+PT\\d+[MH])$");
    /** A time to live in days, as a number or an ISO period of days. */
    private static final Pattern DAYS = Pattern.compile("^(\\d+)$|^P(\\d+)D$");
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> DMN_NS = Set.of("https://www.omg.org/spec/DMN/20191111/MODEL/",
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "http://www.omg.org/spec/DMN/20151101/dmn.xsd");

    private final RepositoryService repository;
    private final ProcessOwnerProperties properties;
    private final ModelBeans modelBeans;
    private final CaseTypes caseTypes;
    private final Duration caseFileRetention;
    private final ObjectMapper json = new ObjectMapper();

    ModelValidator(RepositoryService repository, ProcessOwnerProperties properties, ModelBeans modelBeans, CaseTypes caseTypes,
                   @Value("${lifecase.case-file.retention:P3650D}") Duration caseFileRetention) {
        this.repository = repository;
        this.properties = properties;
        this.modelBeans = modelBeans;
        this.caseTypes = caseTypes;
        this.caseFileRetention = caseFileRetention;
    }

    /** The forms and decisions of one upload, by id, which models bound to their deployment must find there. */
    private record Uploaded(Set<String> forms, Set<String> decisions, Map<String, DmnModelInstance> decisionModels) {
    }

    /** A form of the upload that was read, for the texts a citizen form needs (docs/adr/0052). */
    private record UploadedForm(ModelFile file, JsonNode definition) {
    }

    List<ModelFinding> validate(List<ModelFile> files) {
        var findings = new ArrayList<ModelFinding>();
        if (files.size() > properties.maxFiles()) {
            findings.add(ModelFinding.error("*", null, "too-many-files",
                    "At most " + properties.maxFiles() + " files can be deployed at once; got " + files.size() + "."));
            return findings;
        }
        var names = new HashSet<String>();
        var bpmn = new LinkedHashSet<ModelFile>();
        var uploaded = new Uploaded(new HashSet<>(), new HashSet<>(), new HashMap<>());
        var texts = new CitizenTextsRules();
        var byName = new LinkedHashMap<String, ModelFile>();
        var forms = new LinkedHashMap<String, UploadedForm>();
        for (var file : files) {
            if (!names.add(file.name())) {
                findings.add(ModelFinding.error(file.name(), null, "duplicate-file", "The file is uploaded twice."));
                continue;
            }
            if (!file.name().matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
                findings.add(ModelFinding.error(file.name(), null, "file-name",
                        "A file name has letters, digits, dots, dashes and underscores only, and no folders."));
                continue;
            }
            if (file.content().length > properties.maxFileSize().toBytes()) {
                findings.add(ModelFinding.error(file.name(), null, "file-too-large",
                        "The file has " + file.content().length + " bytes; at most " + properties.maxFileSize().toBytes() + " are accepted."));
                continue;
            }
            byName.put(file.name(), file);
            switch (file.kind()) {
                case BPMN -> {
                    var document = checkXml(file, BPMN_NS, findings);
                    if (document != null) {
                        addViolations(file, ModelCheck.bpmn(document, modelBeans), findings);
                        bpmn.add(file);
                    }
                }
                case DMN -> {
                    var document = checkXml(file, null, findings);
                    if (document != null) {
                        addViolations(file, ModelCheck.dmn(document, modelBeans), findings);
                        checkDmn(file, findings, uploaded);
                    }
                }
                case FORM -> {
                    var form = checkForm(file, findings, uploaded.forms());
                    if (form != null && form.path("id").isTextual()) {
                        forms.putIfAbsent(form.path("id").asText(), new UploadedForm(file, form));
                    }
                }
                case TEXTS -> texts.read(file, findings);
                case UNKNOWN -> findings.add(ModelFinding.error(file.name(), null, "file-type",
                        "Only .bpmn, .dmn and .form files, and the texts of a model (<model>_nb.properties, _nn, _en), can be deployed."));
            }
        }
        texts.checkEveryTextsHasItsModel(names, findings);
        for (var file : bpmn) {
            checkBpmn(file, findings, uploaded, texts);
        }
        checkCitizenFormTexts(bpmn, forms, byName, findings);
        return findings;
    }

    /** Every form a citizen fills in has its texts in bokmål, nynorsk and English (docs/adr/0052). */
    private static void checkCitizenFormTexts(Collection<ModelFile> bpmn, Map<String, UploadedForm> forms,
                                              Map<String, ModelFile> byName, List<ModelFinding> findings) {
        var citizenForms = new LinkedHashSet<String>();
        for (var file : bpmn) {
            try {
                citizenForms.addAll(CitizenFormTexts.citizenForms(Bpmn.readModelFromStream(stream(file))));
            } catch (ModelException e) {
                // reported by checkBpmn
            }
        }
        for (String formId : citizenForms) {
            var form = forms.get(formId);
            if (form != null) {
                CitizenFormTexts.check(form.file(), form.definition(), byName, findings);
            }
        }
    }

    /** What the model would run that models may not (ADR 0035): scripts, classes, expressions beyond the allow-list. */
    private static void addViolations(ModelFile file, List<ModelCheck.Violation> violations, List<ModelFinding> findings) {
        for (var violation : violations) {
            findings.add(ModelFinding.error(file.name(), violation.elementId(), "model-safety",
                    violation.message() + (violation.expression() == null ? "" : " Expression: " + violation.expression())));
        }
    }

    /** Safe parsing, then ids. Returns the document when the file is XML of the expected kind, worth reading further. */
    private Document checkXml(ModelFile file, String namespace, List<ModelFinding> findings) {
        Document document;
        try {
            document = SafeXml.parse(file.content());
        } catch (SAXException e) {
            boolean doctype = String.valueOf(e.getMessage()).contains("DOCTYPE");
            findings.add(ModelFinding.error(file.name(), null, doctype ? "xml-doctype" : "xml-not-well-formed",
                    doctype ? "A DOCTYPE (DTDs and entities) is refused in uploaded models."
                            : "The file is not well-formed XML: " + e.getMessage()));
            return null;
        } catch (IOException e) {
            findings.add(ModelFinding.error(file.name(), null, "xml-unreadable", "The file cannot be read: " + e.getMessage()));
            return null;
        }
        Element root = document.getDocumentElement();
        String rootNamespace = root.getNamespaceURI();
        boolean expected = namespace != null ? namespace.equals(rootNamespace) : DMN_NS.contains(rootNamespace);
        if (!"definitions".equals(root.getLocalName()) || !expected) {
            findings.add(ModelFinding.error(file.name(), null, "xml-root",
                    "The root element must be " + (namespace != null ? "BPMN" : "DMN") + " definitions."));
            return null;
        }
        checkIds(file, root, findings);
        return document;
    }

    private void checkIds(ModelFile file, Element element, List<ModelFinding> findings) {
        String namespace = String.valueOf(element.getNamespaceURI());
        boolean diagram = namespace.contains("/DI") || namespace.contains("/DD/") || namespace.contains("DMNDI");
        String id = element.getAttribute("id");
        if (!diagram && !id.isEmpty() && GENERATED_ID.matcher(id).matches()) {
            findings.add(ModelFinding.error(file.name(), id, "generated-id",
                    "The id " + id + " was generated by the editor; give it a name, e.g. Task_NotifyNav or Gateway_HasSpouse."));
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element childElement) {
                checkIds(file, childElement, findings);
            }
        }
    }

    private void checkDmn(ModelFile file, List<ModelFinding> findings, Uploaded uploaded) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(stream(file));
        } catch (ModelException e) {
            findings.add(ModelFinding.error(file.name(), null, "schema", "The DMN model is not valid: " + rootMessage(e)));
            return;
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            uploaded.decisions().add(decision.getId());
            uploaded.decisionModels().putIfAbsent(decision.getId(), model);
            checkHistoryTimeToLive(file, decision.getId(), decision.getCamundaHistoryTimeToLiveString(), "decision", findings);
        }
    }

    /** Returns the form when it is a JSON object, worth reading further. */
    private JsonNode checkForm(ModelFile file, List<ModelFinding> findings, Set<String> uploadedForms) {
        JsonNode form;
        try {
            form = json.readTree(file.content());
        } catch (IOException e) {
            findings.add(ModelFinding.error(file.name(), null, "form-json", "The form is not valid JSON."));
            return null;
        }
        if (form == null || !form.isObject()) {
            findings.add(ModelFinding.error(file.name(), null, "form-json", "A form is a JSON object."));
            return null;
        }
        JsonNode id = form.get("id");
        if (id == null || !id.isTextual() || id.asText().isBlank()) {
            findings.add(ModelFinding.error(file.name(), null, "form-id", "The form has no id."));
        } else {
            uploadedForms.add(id.asText());
            if (GENERATED_ID.matcher(id.asText()).matches()) {
                findings.add(ModelFinding.error(file.name(), id.asText(), "generated-id",
                        "The form id " + id.asText() + " was generated by the editor; name it as the file."));
            }
            if (!file.name().equals(id.asText() + ".form")) {
                findings.add(ModelFinding.warning(file.name(), id.asText(), "form-file-name",
                        "Name the file after the form's id: " + id.asText() + ".form."));
            }
        }
        JsonNode components = form.get("components");
        if (components == null || !components.isArray()) {
            findings.add(ModelFinding.error(file.name(), null, "form-components", "The form has no list of components."));
            return form;
        }
        for (JsonNode component : components) {
            JsonNode componentId = component.get("id");
            if (componentId != null && GENERATED_ID.matcher(componentId.asText()).matches()) {
                findings.add(ModelFinding.warning(file.name(), componentId.asText(), "generated-id",
                        "The form field id " + componentId.asText() + " was generated by the editor."));
            }
        }
        FormFieldRules.check(file, id == null ? null : id.asText(), components, findings);
        return form;
    }

    private void checkBpmn(ModelFile file, List<ModelFinding> findings, Uploaded uploaded, CitizenTextsRules texts) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(stream(file));
        } catch (ModelException e) {
            findings.add(ModelFinding.error(file.name(), null, "schema", "The BPMN model is not valid: " + rootMessage(e)));
            return;
        }
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (!process.isExecutable()) {
                findings.add(ModelFinding.warning(file.name(), process.getId(), "not-executable",
                        "The process is not executable, so it is not deployed as a process definition."));
                continue;
            }
            if (blank(process.getName())) {
                findings.add(ModelFinding.error(file.name(), process.getId(), "process-name",
                        "Give the process a name; Tasklist, Cockpit and the list of models show it."));
            }
            checkHistoryTimeToLive(file, process.getId(), process.getCamundaHistoryTimeToLiveString(), "process", findings);
            caseTypes.find(process.getId()).ifPresent(event -> checkStartEventsKept(file, process, findings));
        }
        ProcessWritingRules.check(file, model, findings);
        NotifyAgencyContract.check(file, model, findings);
        texts.checkBpmn(file, model, findings);
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkDelegate(file, task, task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(), findings);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkDelegate(file, task, task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(), findings);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkUserTask(file, task, findings, uploaded.forms());
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (!blank(start.getCamundaFormRef())) {
                checkFormRef(file, start, start.getCamundaFormRef(), start.getCamundaFormRefBinding(), findings, uploaded.forms());
            }
        }
        for (BusinessRuleTask task : model.getModelElementsByType(BusinessRuleTask.class)) {
            checkDecisionRef(file, task, findings, uploaded.decisions());
        }
        DecisionTaskRules.check(file, model, decision -> decisionModel(decision, uploaded), findings);
    }

    /** The DMN model that holds a decision: the one uploaded with the model, else the latest deployed one. */
    private Optional<DmnModelInstance> decisionModel(String decision, Uploaded uploaded) {
        if (uploaded.decisionModels().containsKey(decision)) {
            return Optional.of(uploaded.decisionModels().get(decision));
        }
        return Optional.ofNullable(repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).latestVersion()
                .singleResult()).map(definition -> repository.getDmnModelInstance(definition.getId()));
    }

    /**
     * The engine's history of a case goes after its time to live; Lifecase keeps the case file as long
     * (lifecase.case-file.retention, ADR 0034), so that the two go together.
     */
    private void checkHistoryTimeToLive(ModelFile file, String elementId, String timeToLive, String what, List<ModelFinding> findings) {
        if (blank(timeToLive)) {
            findings.add(ModelFinding.error(file.name(), elementId, "history-time-to-live",
                    "Set camunda:historyTimeToLive on the " + what + "."));
            return;
        }
        if (!keepsAsLongAsTheCaseFile(timeToLive.strip())) {
            findings.add(ModelFinding.warning(file.name(), elementId, "history-retention",
                    "The " + what + " keeps its history " + timeToLive + "; Lifecase keeps a case file " + caseFileRetention.toDays()
                            + " days, so set camunda:historyTimeToLive=\"" + caseFileRetention.toDays() + "\"."));
        }
    }

    private boolean keepsAsLongAsTheCaseFile(String timeToLive) {
        Matcher days = DAYS.matcher(timeToLive);
        if (!days.matches()) {
            return false;
        }
        try {
            return Long.parseLong(days.group(1) != null ? days.group(1) : days.group(2)) == caseFileRetention.toDays();
        } catch (NumberFormatException tooLong) {
            return false;
        }
    }

    /**
     * A business rule task calls a decision uploaded with it (binding deployment) or, with binding latest or version,
     * one deployed already.
     */
    private void checkDecisionRef(ModelFile file, BusinessRuleTask task, List<ModelFinding> findings, Set<String> uploadedDecisions) {
        String decision = task.getCamundaDecisionRef();
        if (blank(decision)) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "decision-ref",
                    "The business rule task names no decision (camunda:decisionRef)."));
            return;
        }
        if (decision.contains("${") || decision.contains("#{")) {
            findings.add(ModelFinding.warning(file.name(), task.getId(), "decision-ref",
                    "The decision reference " + decision + " is an expression, so it cannot be checked."));
            return;
        }
        if (uploadedDecisions.contains(decision)) {
            return;
        }
        boolean sameDeployment = "deployment".equals(task.getCamundaDecisionRefBinding());
        if (sameDeployment || repository.createDecisionDefinitionQuery().decisionDefinitionKey(decision).count() == 0) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "decision-missing",
                    sameDeployment ? "The decision " + decision + " must be uploaded with the model (decisionRefBinding is deployment)."
                            : "There is no decision " + decision + ", neither uploaded nor deployed."));
        }
    }

    private void checkDelegate(ModelFile file, FlowNode task, String delegateExpression, String className, String expression,
                               List<ModelFinding> findings) {
        String bean = null;
        if (delegateExpression == null) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "delegate-expression",
                    className != null || expression != null
                            ? "Use camunda:delegateExpression=\"${beanName}\" on a Spring bean, not a class or an expression."
                            : "The task has no camunda:delegateExpression."));
        } else {
            Matcher matcher = BEAN_EXPRESSION.matcher(delegateExpression);
            if (!matcher.matches()) {
                findings.add(ModelFinding.error(file.name(), task.getId(), "delegate-expression",
                        "The delegate expression " + delegateExpression + " must name one delegate bean, as ${beanName}."));
            } else {
                bean = matcher.group(1);
                // The same beans the engine lets a model name at run time (ADR 0035), not any bean of the application.
                if (modelBeans.find(bean) == null) {
                    findings.add(ModelFinding.error(file.name(), task.getId(), "delegate-bean",
                            "There is no delegate bean named " + bean + "."));
                }
            }
        }
        if (bean != null && DeadlinePath.DELEGATES.contains(delegateExpression)) {
            if (task.isCamundaAsyncBefore()) {
                findings.add(ModelFinding.warning(file.name(), task.getId(), "deadline-delegate-async",
                        "The deadline delegate " + bean + " calls no other system and runs in its timer's own job (ADR 0025); "
                                + "camunda:asyncBefore only adds a second job."));
            }
            return;
        }
        if (bean != null && properties.localDelegates().contains(bean)) {
            return;
        }
        var cycles = task.getExtensionElements() == null ? List.<CamundaFailedJobRetryTimeCycle>of()
                : task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list();
        if (bean != null && properties.repeatableReads().contains(bean) && !task.isCamundaAsyncBefore()) {
            SharedStepReads.check(file, task, this::changesSomethingElsewhere, findings);
            if (!cycles.isEmpty()) {
                findings.add(ModelFinding.warning(file.name(), task.getId(), "retry-cycle",
                        "The read runs in the step before it and is retried with that step's cycle; its own cycle has no effect."));
            }
            return;
        }
        if (!task.isCamundaAsyncBefore()) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "async-before",
                    "A task that calls another system must be camunda:asyncBefore, so that a failure is retried, not rolled back."));
        }
        if (cycles.isEmpty()) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "retry-cycle",
                    "A task that calls another system needs a camunda:failedJobRetryTimeCycle, e.g. R5/PT1M."));
        } else if (cycles.size() > 1) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "retry-cycle",
                    "The task has " + cycles.size() + " camunda:failedJobRetryTimeCycle elements; give it one."));
        } else if (!RETRY_CYCLE.matcher(String.valueOf(cycles.get(0).getTextContent()).strip()).matches()) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "retry-cycle",
                    "The retry cycle " + cycles.get(0).getTextContent() + " is neither R<retries>/PT<minutes>M (e.g. R5/PT1M) "
                            + "nor a list of waits (e.g. PT1M,PT5M,PT30M,PT2H)."));
        }
    }

    /** A called process, or a task whose delegate is neither local nor a read that is safe to repeat (docs/adr/0065). */
    private boolean changesSomethingElsewhere(FlowNode step) {
        if (step instanceof CallActivity) {
            return true;
        }
        String delegateExpression;
        if (step instanceof ServiceTask task) {
            delegateExpression = task.getCamundaDelegateExpression();
        } else if (step instanceof SendTask task) {
            delegateExpression = task.getCamundaDelegateExpression();
        } else {
            return false;
        }
        Matcher matcher = delegateExpression == null ? null : BEAN_EXPRESSION.matcher(delegateExpression);
        if (matcher == null || !matcher.matches()) {
            return true;
        }
        String bean = matcher.group(1);
        return !DeadlinePath.DELEGATES.contains(delegateExpression) && !properties.localDelegates().contains(bean)
                && !properties.repeatableReads().contains(bean);
    }

    /**
     * An agency task (a candidate group; a citizen's task has an assignee or candidate users instead) has a due date
     * and the two deadline timers of ADR 0025, each followed by its delegate.
     */
    private void checkDeadlines(ModelFile file, UserTask task, List<ModelFinding> findings) {
        if (blank(task.getCamundaCandidateGroups())) {
            return;
        }
        if (blank(task.getCamundaDueDate())) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "deadline-due-date",
                    "An agency task needs a camunda:dueDate from its legal deadline, e.g. ${dateTime().plusDays(14).toDate()}."));
        }
        var timers = task.getModelInstance().getModelElementsByType(BoundaryEvent.class).stream()
                .filter(boundary -> boundary.getAttachedTo() == task)
                .toList();
        checkDeadlineTimer(file, task, timers, DeadlinePath.REMINDER_EXPRESSION, "${remindAgency}", "Deadline near", findings);
        checkDeadlineTimer(file, task, timers, DeadlinePath.ESCALATION_EXPRESSION, "${escalateToSupervisors}", "Deadline passed", findings);
    }

    private static void checkDeadlineTimer(ModelFile file, UserTask task, List<BoundaryEvent> timers, String date, String delegate,
                                           String name, List<ModelFinding> findings) {
        var timer = timers.stream().filter(boundary -> date.equals(DeadlinePath.timerDate(boundary))).findFirst();
        if (timer.isEmpty()) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "deadline-timers",
                    "An agency task needs a non-interrupting boundary timer \"" + name + "\" with the date " + date
                            + ", followed by a service task " + delegate + "."));
            return;
        }
        // By the flows' sourceRef: a model need not list a flow as <bpmn:outgoing> of the timer.
        boolean followed = task.getModelInstance().getModelElementsByType(SequenceFlow.class).stream()
                .anyMatch(flow -> flow.getSource() == timer.get()
                        && flow.getTarget() instanceof ServiceTask next && delegate.equals(next.getCamundaDelegateExpression()));
        if (timer.get().cancelActivity() || !followed) {
            findings.add(ModelFinding.error(file.name(), timer.get().getId(), "deadline-timers",
                    "The timer must not interrupt the task (cancelActivity=\"false\") and must lead to a service task " + delegate + "."));
        }
    }

    private void checkUserTask(ModelFile file, UserTask task, List<ModelFinding> findings, Set<String> uploadedForms) {
        checkDeadlines(file, task, findings);
        if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers()) && blank(task.getCamundaAssignee())) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "task-routing",
                    "The user task has no candidate groups, candidate users or assignee, so nobody would see it."));
        }
        if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaDueDate())) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "due-date",
                    "The user task needs a camunda:dueDate, e.g. ${dateTime().plusDays(21).toDate()}, so that it does not wait for ever."));
        }
        String formRef = task.getCamundaFormRef();
        if (blank(formRef)) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "form-ref",
                    "The user task has no camunda:formRef to a Camunda form."));
            return;
        }
        checkFormRef(file, task, formRef, task.getCamundaFormRefBinding(), findings, uploadedForms);
    }

    /**
     * A form is bound to the model's deployment, so that a case keeps the form of the version it runs on, and is
     * therefore uploaded with the model.
     */
    private static void checkFormRef(ModelFile file, FlowNode node, String formRef, String binding, List<ModelFinding> findings,
                                     Set<String> uploadedForms) {
        if (formRef.contains("${") || formRef.contains("#{")) {
            findings.add(ModelFinding.warning(file.name(), node.getId(), "form-ref",
                    "The form reference " + formRef + " is an expression, so it cannot be checked."));
            return;
        }
        if (!"deployment".equals(binding)) {
            findings.add(ModelFinding.error(file.name(), node.getId(), "form-ref-binding",
                    "Bind the form " + formRef + " with camunda:formRefBinding=\"deployment\", so that a running case keeps "
                            + "the form of its version, and upload it with the model."));
        } else if (!uploadedForms.contains(formRef)) {
            findings.add(ModelFinding.error(file.name(), node.getId(), "form-missing",
                    "The form " + formRef + " must be uploaded with the model (formRefBinding is deployment)."));
        }
    }

    /** A life event's start events are where register events start or reach its cases; a new version keeps them. */
    private void checkStartEventsKept(ModelFile file, Process process, List<ModelFinding> findings) {
        ProcessDefinition latest = repository.createProcessDefinitionQuery().processDefinitionKey(process.getId())
                .latestVersion().singleResult();
        if (latest == null) {
            return;
        }
        Set<String> before = topLevelStartEvents(repository.getBpmnModelInstance(latest.getId()), process.getId());
        Set<String> after = topLevelStartEvents(process.getModelInstance(), process.getId());
        for (String id : before) {
            if (!after.contains(id)) {
                findings.add(ModelFinding.error(file.name(), id, "start-event-removed",
                        "Version " + latest.getVersion() + " of life event " + process.getId() + " starts at " + id
                                + "; the new version must keep that start event."));
            }
        }
    }

    private static Set<String> topLevelStartEvents(org.camunda.bpm.model.xml.ModelInstance model, String processId) {
        var ids = new HashSet<String>();
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            if (start.getParentElement() instanceof Process parent && processId.equals(parent.getId())) {
                ids.add(start.getId());
            }
        }
        return ids;
    }

    static boolean hasErrors(Collection<ModelFinding> findings) {
        return findings.stream().anyMatch(ModelFinding::isError);
    }

    private static InputStream stream(ModelFile file) {
        return new ByteArrayInputStream(file.content());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
