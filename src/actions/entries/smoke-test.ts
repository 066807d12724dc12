import { runAction } from '../run-action.js';
import { smokeTestAction } from '../smoke-test.js';

await runAction(smokeTestAction);
