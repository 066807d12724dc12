import { reportAction } from '../report.js';
import { runAction } from '../run-action.js';

await runAction(reportAction);
