import { buildKernelAction } from '../build-kernel.js';
import { runAction } from '../run-action.js';

await runAction(buildKernelAction);
