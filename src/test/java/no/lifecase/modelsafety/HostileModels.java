package no.lifecase.modelsafety;

import java.nio.file.Path;

/** Models that try to run a command on the server, for the tests that show they cannot (ADR 0035). */
final class HostileModels {

    private HostileModels() {
    }

    /** Reaches java.lang.Runtime from a string through reflection, and touches the marker file: proof that it ran. */
    static String exploit(Path marker) {
        return "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke('').exec('touch " + marker + "')}";
    }

    /** A decision table whose input is the expression in the language. */
    static String decision(String language, String expression) {
        return """
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                             id="Definitions_Hostile" name="Hostile" namespace="http://lifecase.no/test">
                  <decision id="hostile" name="Hostile" camunda:historyTimeToLive="P1D">
                    <decisionTable id="DecisionTable_Hostile">
                      <input id="Input_Anything">
                        <inputExpression id="InputExpression_Anything" typeRef="string" expressionLanguage="%s"><text>%s</text></inputExpression>
                      </input>
                      <output id="Output_Result" name="result" typeRef="string"/>
                      <rule id="Rule_Always">
                        <inputEntry id="InputEntry_Any"><text>-</text></inputEntry>
                        <outputEntry id="OutputEntry_Yes"><text>"yes"</text></outputEntry>
                      </rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(language, expression.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;"));
    }
}
