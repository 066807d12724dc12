import { gateAction } from '../gate.js';
import { runAction } from '../run-action.js';

await runAction(gateAction);
