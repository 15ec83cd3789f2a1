// node --import ./load-camunda-sources.mjs: the hooks of camunda-sources-as-modules.mjs for the whole run.
import { register } from 'node:module';

register('./camunda-sources-as-modules.mjs', import.meta.url);
