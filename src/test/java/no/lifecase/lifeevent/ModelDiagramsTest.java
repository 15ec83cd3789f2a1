package no.lifecase.lifeevent;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Association;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TextAnnotation;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every shipped model reads well in Camunda Modeler: each element drawn once, straight lines, nothing covered. */
class ModelDiagramsTest {

    static Stream<Path> models() throws IOException {
        return Files.walk(Path.of("src/main/java")).filter(file -> file.toString().endsWith(".bpmn")).sorted();
    }

    @ParameterizedTest
    @MethodSource("models")
    void the_diagram_shows_every_element_once_and_nothing_overlaps(Path file) {
        var model = Bpmn.readModelFromFile(file.toFile());
        Set<String> shown = new HashSet<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            assertThat(shown.add(shape.getBpmnElement().getId())).as("one shape for " + shape.getBpmnElement().getId()).isTrue();
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            assertThat(shown.add(edge.getBpmnElement().getId())).isTrue();
            assertThat(edge.getWaypoints()).as(edge.getBpmnElement().getId()).hasSizeGreaterThanOrEqualTo(2);
            var points = new ArrayList<>(edge.getWaypoints());
            for (int i = 1; i < points.size() && !(edge.getBpmnElement() instanceof Association); i++) {
                var from = points.get(i - 1);
                var to = points.get(i);
                assertThat(from.getX().equals(to.getX()) || from.getY().equals(to.getY()))
                        .as(edge.getBpmnElement().getId() + " runs straight or at right angles").isTrue();
            }
        }
        var drawable = new ArrayList<BaseElement>();
        drawable.addAll(model.getModelElementsByType(FlowElement.class));
        drawable.removeIf(element -> !(element instanceof SequenceFlow) && !(element instanceof FlowNode));
        drawable.addAll(model.getModelElementsByType(TextAnnotation.class));
        drawable.addAll(model.getModelElementsByType(Association.class));
        assertThat(shown).containsAll(drawable.stream().map(BaseElement::getId).collect(Collectors.toSet()));

        var boxes = boxes(model, true);
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(overlap(boxes.get(i).getBounds(), boxes.get(j).getBounds()))
                        .as(boxes.get(i).getBpmnElement().getId() + " and " + boxes.get(j).getBpmnElement().getId())
                        .isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("models")
    void no_label_covers_another_element(Path file) {
        var model = Bpmn.readModelFromFile(file.toFile());
        var boxes = boxes(model, false);
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            assertLabelClear(shape.getBpmnElement(), shape.getBpmnLabel(), boxes);
        }
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            assertLabelClear(edge.getBpmnElement(), edge.getBpmnLabel(), boxes);
        }
    }

    /** The shapes that must not overlap: not sub-processes (they hold others), and boundary events only if asked. */
    private static List<BpmnShape> boxes(BpmnModelInstance model, boolean withoutBoundaryEvents) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .filter(shape -> !(shape.getBpmnElement() instanceof SubProcess))
                .filter(shape -> !withoutBoundaryEvents || !(shape.getBpmnElement() instanceof BoundaryEvent))
                .toList();
    }

    private static void assertLabelClear(BaseElement owner, BpmnLabel label, List<BpmnShape> boxes) {
        if (label == null) {
            return;
        }
        for (BpmnShape other : boxes) {
            if (other.getBpmnElement() != owner) {
                assertThat(overlap(label.getBounds(), other.getBounds()))
                        .as("label of " + owner.getId() + " covers " + other.getBpmnElement().getId()).isFalse();
            }
        }
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }
}
