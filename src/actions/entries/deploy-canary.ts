import { deployCanaryAction } from '../deploy-canary.js';
import { runAction } from '../run-action.js';

await runAction(deployCanaryAction);
