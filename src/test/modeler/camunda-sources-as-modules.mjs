// Module hooks that let Node load @camunda/linting and @camunda/form-linting as Camunda Modeler's bundler does
// (registered by load-camunda-sources.mjs). Both packages publish ES module sources without "type": "module", with
// imports that leave out ".js" and JSON imported without attributes; Node refuses all three on its own. These hooks
// fill in exactly that, nothing else.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const SOURCES_FOR_BUNDLERS = ['/node_modules/@camunda/linting/', '/node_modules/@camunda/form-linting/'];

// The compatibility plugin builds its configurations in code, so Node cannot see the named export "configs"
// that @camunda/linting imports from it.
const COMPAT_PLUGIN = '/node_modules/bpmnlint-plugin-camunda-compat/index.js';

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const fromBundlerSources = SOURCES_FOR_BUNDLERS.some(part => context.parentURL?.includes(part));
    if (!fromBundlerSources || !['ERR_MODULE_NOT_FOUND', 'ERR_UNSUPPORTED_DIR_IMPORT'].includes(error.code)) {
      throw error;
    }
    for (const ending of ['.js', '/index.js']) {
      try {
        return await nextResolve(specifier + ending, context);
      } catch {
        // try the next ending
      }
    }
    throw error;
  }
}

export async function load(url, context, nextLoad) {
  if (url.endsWith(COMPAT_PLUGIN)) {
    const source = `import { createRequire } from 'node:module';
const plugin = createRequire(import.meta.url)(${JSON.stringify(fileURLToPath(url))});
export const configs = plugin.configs;
export const rules = plugin.rules;
export default plugin;`;
    return { format: 'module', source, shortCircuit: true };
  }
  const fromBundlerSources = SOURCES_FOR_BUNDLERS.some(part => url.includes(part));
  if (url.endsWith('.json') && !context.importAttributes?.type) {
    const json = await readFile(fileURLToPath(url), 'utf8');
    return { format: 'module', source: `export default ${json};`, shortCircuit: true };
  }
  if (fromBundlerSources && url.endsWith('.js')) {
    return { format: 'module', source: await readFile(fileURLToPath(url), 'utf8'), shortCircuit: true };
  }
  return nextLoad(url, context);
}
