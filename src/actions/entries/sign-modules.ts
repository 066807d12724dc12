import { runAction } from '../run-action.js';
import { signModulesAction } from '../sign-modules.js';

await runAction(signModulesAction);
