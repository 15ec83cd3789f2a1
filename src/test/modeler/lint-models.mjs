// Lints what Lifecase ships as Camunda Modeler does for the execution platform the files name (docs/adr/0047):
// - a BPMN diagram: imported as the Modeler imports it (an import warning is a finding), then @camunda/linting,
//   which runs bpmnlint's correctness rules and bpmnlint-plugin-camunda-compat's rules for that platform;
// - a form: @camunda/form-linting's rules for the form-js version the platform's Tasklist bundles;
// - an element template file: the validator the Modeler checks templates with before it offers them.
// A file that names no platform, or another one than Lifecase runs, is a finding too: the Modeler would not lint it
// for Camunda Platform 7.24. Every finding counts, whatever its category (error, warn, info).
//
// Usage: node --import ./load-camunda-sources.mjs lint-models.mjs FILE...   (*.bpmn, *.form, element templates *.json)
// Prints one line per finding and a summary; exits with 1 if anything was found.
import { readFile } from 'node:fs/promises';
import { BpmnModdle } from 'bpmn-moddle';
import camundaDescriptor from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import modelerDescriptor from 'modeler-moddle/resources/modeler.json' with { type: 'json' };
import { Linter } from '@camunda/linting';
import { validateAll as validateElementTemplates } from '@bpmn-io/element-templates-validator';
import { getFormJSVersion } from '@camunda/form-linting/lib/config/formVersion.js';
import { getRuleConfig } from '@camunda/form-linting/lib/config/ruleConfig.js';
import { getExecutionPlatformLabel } from '@camunda/form-linting/lib/config/util.js';
import { defaultRuleRegistry } from '@camunda/form-linting/lib/rules/ruleRegistry.js';
import { executeRecursively } from '@camunda/form-linting/lib/util.js';
import ProblemsReporter from '@camunda/form-linting/lib/ProblemsReporter.js';

const PLATFORM = 'Camunda Platform';
const PLATFORM_VERSION = '7.24.0';

// The form-js version Tasklist 7.24 bundles (docs/adr/0047). @camunda/form-linting's own table ends at 7.22 and
// lints a form for a later version with no rule at all; where the table knows the version, the table wins.
const TASKLIST_FORM_JS = { 'Camunda Platform 7.24': '1.8.7' };

const bpmnModdle = new BpmnModdle({ modeler: modelerDescriptor, camunda: camundaDescriptor });
const bpmnLinter = new Linter({ modeler: 'desktop', type: 'platform' });

async function lintDiagram(text) {
  const findings = [];
  const { rootElement, warnings } = await bpmnModdle.fromXML(text, 'bpmn:Definitions');
  for (const warning of warnings) {
    findings.push({ category: 'error', rule: 'import', id: warning.element?.id, message: warning.message });
  }
  findings.push(...platformFindings(rootElement.get('modeler:executionPlatform'), rootElement.get('modeler:executionPlatformVersion')));
  for (const report of await bpmnLinter.lint(rootElement)) {
    findings.push({ category: report.category, rule: report.rule, id: report.id, message: report.message });
  }
  return findings;
}

function lintForm(text) {
  const schema = JSON.parse(text);
  const findings = platformFindings(schema.executionPlatform, schema.executionPlatformVersion);
  if (findings.length > 0) {
    return findings;
  }
  const executionPlatformLabel = getExecutionPlatformLabel(schema);
  const formJSVersion = getFormJSVersion(schema) ?? TASKLIST_FORM_JS[executionPlatformLabel];
  if (!formJSVersion) {
    return [{ category: 'error', rule: 'platform', id: schema.id, message: `No form-js version is known for ${executionPlatformLabel}` }];
  }
  // What FormLinter.lint does once it knows the form-js version.
  const reporter = new ProblemsReporter();
  for (const [rule, category] of Object.entries(getRuleConfig(formJSVersion))) {
    const context = { executionPlatformLabel, formJSVersion, reporter, category };
    const before = reporter.getReports().length;
    executeRecursively(defaultRuleRegistry[rule], schema, context);
    reporter.getReports().slice(before).forEach(report => findings.push({ ...report, rule }));
  }
  return findings.map(({ category, rule, id, message }) => ({ category, rule, id, message }));
}

function lintElementTemplates(text) {
  const { results } = validateElementTemplates(JSON.parse(text));
  return results.filter(result => !result.valid).flatMap(result => result.errors.map(error => ({
    category: 'error', rule: 'element-template', id: result.object?.id,
    message: `${error.instancePath || '/'}: ${error.message}`
  })));
}

function platformFindings(platform, version) {
  if (platform === PLATFORM && version === PLATFORM_VERSION) {
    return [];
  }
  return [{
    category: 'error', rule: 'platform', id: undefined,
    message: `names execution platform "${platform ?? ''}" "${version ?? ''}" instead of "${PLATFORM}" "${PLATFORM_VERSION}"`
  }];
}

async function lint(file) {
  const text = await readFile(file, 'utf8');
  if (file.endsWith('.bpmn')) {
    return lintDiagram(text);
  }
  if (file.endsWith('.form')) {
    return lintForm(text);
  }
  if (file.endsWith('.json')) {
    return lintElementTemplates(text);
  }
  return [{ category: 'error', rule: 'file-type', message: 'is neither a diagram, a form nor an element template file' }];
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('Name the files to lint: node --import ./load-camunda-sources.mjs lint-models.mjs FILE...');
  process.exit(2);
}
let found = 0;
for (const file of files) {
  for (const finding of await lint(file)) {
    found++;
    console.log(`${file}: ${finding.category} ${finding.rule}${finding.id ? ` ${finding.id}` : ''}: ${finding.message}`);
  }
}
console.log(`Camunda Modeler's linting for ${PLATFORM} ${PLATFORM_VERSION}: ${files.length} file(s), ${found} finding(s)`);
process.exit(found === 0 ? 0 : 1);
