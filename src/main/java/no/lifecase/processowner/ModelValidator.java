package no.lifecase.processowner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.lifecase.casefile.DeadlinePath;
import no.lifecase.lifeevent.LifeEvent;
import no.lifecase.modelsafety.ModelBeans;
import no.lifecase.modelsafety.ModelCheck;
import no.lifecase.modelsafety.SafeXml;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
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
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Checks uploaded BPMN, DMN and form files before anything is deployed, and reports every finding, not only the first:
 * safe, well-formed and schema-valid XML, models the engine's model API reads, and Lifecase's rules for how a process
 * is written (docs/adr/0030 and docs/adr/0035).
 */
@Component
class ModelValidator {

    /** Ids that Camunda Modeler (and older editors) generate: {@code Activity_0x1y2z3}, {@code Flow_1abc}, {@code sid-…}. */
    static final Pattern GENERATED_ID = Pattern.compile("^([A-Za-z]+_[0-9][0-9a-z]*(_di)?|sid-[0-9A-Fa-f-]+|id_?[0-9a-f-]+)$");

    private static final Pattern BEAN_EXPRESSION = Pattern.compile("^\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}$");
    private static final String BPMN_NS = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final Set<String> DMN_NS = Set.of("https://www.omg.org/spec/DMN/20191111/MODEL/",
            "http://www.omg.org/spec/DMN/20180521/MODEL/", "http://www.omg.org/spec/DMN/20151101/dmn.xsd");

    private final ApplicationContext context;
    private final RepositoryService repository;
    private final ProcessOwnerProperties properties;
    private final ModelBeans modelBeans;
    private final ObjectMapper json = new ObjectMapper();

    ModelValidator(ApplicationContext context, RepositoryService repository, ProcessOwnerProperties properties, ModelBeans modelBeans) {
        this.context = context;
        this.repository = repository;
        this.properties = properties;
        this.modelBeans = modelBeans;
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
        var uploadedForms = new HashSet<String>();
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
                        checkDmn(file, findings);
                    }
                }
                case FORM -> checkForm(file, findings, uploadedForms);
                case UNKNOWN -> findings.add(ModelFinding.error(file.name(), null, "file-type",
                        "Only .bpmn, .dmn and .form files can be deployed."));
            }
        }
        var deployedForms = new Lazy<>(this::deployedFormIds);
        for (var file : bpmn) {
            checkBpmn(file, findings, uploadedForms, deployedForms);
        }
        return findings;
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

    private void checkDmn(ModelFile file, List<ModelFinding> findings) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(stream(file));
        } catch (ModelException e) {
            findings.add(ModelFinding.error(file.name(), null, "schema", "The DMN model is not valid: " + rootMessage(e)));
            return;
        }
        for (Decision decision : model.getModelElementsByType(Decision.class)) {
            if (blank(decision.getCamundaHistoryTimeToLiveString())) {
                findings.add(ModelFinding.error(file.name(), decision.getId(), "history-time-to-live",
                        "Set camunda:historyTimeToLive on the decision."));
            }
        }
    }

    private void checkForm(ModelFile file, List<ModelFinding> findings, Set<String> uploadedForms) {
        JsonNode form;
        try {
            form = json.readTree(file.content());
        } catch (IOException e) {
            findings.add(ModelFinding.error(file.name(), null, "form-json", "The form is not valid JSON."));
            return;
        }
        if (form == null || !form.isObject()) {
            findings.add(ModelFinding.error(file.name(), null, "form-json", "A form is a JSON object."));
            return;
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
            return;
        }
        for (JsonNode component : components) {
            JsonNode componentId = component.get("id");
            if (componentId != null && GENERATED_ID.matcher(componentId.asText()).matches()) {
                findings.add(ModelFinding.warning(file.name(), componentId.asText(), "generated-id",
                        "The form field id " + componentId.asText() + " was generated by the editor."));
            }
        }
    }

    private void checkBpmn(ModelFile file, List<ModelFinding> findings, Set<String> uploadedForms, Lazy<Set<String>> deployedForms) {
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
            if (blank(process.getCamundaHistoryTimeToLiveString())) {
                findings.add(ModelFinding.error(file.name(), process.getId(), "history-time-to-live",
                        "Set camunda:historyTimeToLive on the process."));
            }
            LifeEvent.fromId(process.getId()).ifPresent(event -> checkStartEventsKept(file, process, findings));
        }
        for (ServiceTask task : model.getModelElementsByType(ServiceTask.class)) {
            checkDelegate(file, task, task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(), findings);
        }
        for (SendTask task : model.getModelElementsByType(SendTask.class)) {
            checkDelegate(file, task, task.getCamundaDelegateExpression(), task.getCamundaClass(), task.getCamundaExpression(), findings);
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            checkUserTask(file, task, findings, uploadedForms, deployedForms);
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
                findings.add(ModelFinding.warning(file.name(), task.getId(), "delegate-expression",
                        "The delegate expression " + delegateExpression + " names no single bean, so it cannot be checked."));
            } else {
                bean = matcher.group(1);
                if (!context.containsBean(bean)) {
                    findings.add(ModelFinding.error(file.name(), task.getId(), "delegate-bean",
                            "There is no delegate bean named " + bean + "."));
                }
            }
        }
        if (bean != null && (properties.localDelegates().contains(bean) || DeadlinePath.DELEGATES.contains(delegateExpression))) {
            return;
        }
        if (!task.isCamundaAsyncBefore()) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "async-before",
                    "A task that calls another system must be camunda:asyncBefore, so that a failure is retried, not rolled back."));
        }
        boolean retryCycle = task.getExtensionElements() != null
                && !task.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).list().isEmpty();
        if (!retryCycle) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "retry-cycle",
                    "A task that calls another system needs a camunda:failedJobRetryTimeCycle, e.g. R5/PT1M."));
        }
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

    private void checkUserTask(ModelFile file, UserTask task, List<ModelFinding> findings, Set<String> uploadedForms,
                               Lazy<Set<String>> deployedForms) {
        checkDeadlines(file, task, findings);
        if (blank(task.getCamundaCandidateGroups()) && blank(task.getCamundaCandidateUsers()) && blank(task.getCamundaAssignee())) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "task-routing",
                    "The user task has no candidate groups, candidate users or assignee, so nobody would see it."));
        }
        String formRef = task.getCamundaFormRef();
        if (blank(formRef)) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "form-ref",
                    "The user task has no camunda:formRef to a Camunda form."));
            return;
        }
        if (formRef.contains("${")) {
            findings.add(ModelFinding.warning(file.name(), task.getId(), "form-ref",
                    "The form reference " + formRef + " is an expression, so it cannot be checked."));
            return;
        }
        // Binding "deployment" (Lifecase's way) finds the form only in the same deployment; the others in any.
        boolean sameDeployment = "deployment".equals(task.getCamundaFormRefBinding());
        if (!uploadedForms.contains(formRef) && (sameDeployment || !deployedForms.get().contains(formRef))) {
            findings.add(ModelFinding.error(file.name(), task.getId(), "form-missing",
                    sameDeployment ? "The form " + formRef + " must be uploaded with the model (formRefBinding is deployment)."
                            : "There is no form " + formRef + ", neither uploaded nor deployed."));
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

    /** The ids of every form deployed so far, for form references with binding latest or version. */
    private Set<String> deployedFormIds() {
        var ids = new HashSet<String>();
        for (var deployment : repository.createDeploymentQuery().list()) {
            for (String resource : repository.getDeploymentResourceNames(deployment.getId())) {
                if (resource.endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStream(deployment.getId(), resource)) {
                        JsonNode id = json.readTree(in).get("id");
                        if (id != null) {
                            ids.add(id.asText());
                        }
                    } catch (IOException | RuntimeException e) {
                        // a deployed form we cannot read counts as absent
                    }
                }
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

    private static final class Lazy<T> {
        private final Supplier<T> supplier;
        private final Map<String, T> value = new HashMap<>(1);

        Lazy(Supplier<T> supplier) {
            this.supplier = supplier;
        }

        T get() {
            return value.computeIfAbsent("value", key -> supplier.get());
        }
    }
}
