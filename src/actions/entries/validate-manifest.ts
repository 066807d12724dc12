import { runAction } from '../run-action.js';
import { validateManifestAction } from '../validate-manifest.js';

await runAction(validateManifestAction);
