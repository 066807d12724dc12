// Regenerates the "Using the actions" part of README.md from every actions/*/action.yml.
// Usage: node scripts/action-docs.mjs [--check]   (--check exits 1 when README.md is out of date)
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = new URL('..', import.meta.url).pathname;
const START = '<!-- actions-usage:start -->';
const END = '<!-- actions-usage:end -->';
const OWNER = 'linkgate/linkgate';

export function renderActionDocs(actionsDir) {
  const names = readdirSync(actionsDir)
    .filter((name) => existsSync(join(actionsDir, name, 'action.yml')))
    .sort();
  const parts = [
    `Reference the actions as \`uses: ${OWNER}/actions/<name>@v1\`. This part is generated from each`,
    '`action.yml` by `node scripts/action-docs.mjs`; a test fails when it drifts.',
    '',
  ];
  for (const name of names) {
    const yml = parse(readFileSync(join(actionsDir, name, 'action.yml'), 'utf8'));
    const kind = yml.runs.using === 'composite' ? 'composite' : `JavaScript (${yml.runs.using})`;
    parts.push(`### \`${name}\``, '', `*${kind}.* ${yml.description.trim()}`, '');
    const inputs = Object.entries(yml.inputs ?? {});
    parts.push('```yaml', `- uses: ${OWNER}/actions/${name}@v1`);
    if (inputs.length > 0) {
      parts.push('  with:');
      for (const [input, spec] of inputs) {
        const value = spec.required ? '# required' : `${JSON.stringify(String(spec.default ?? ''))}`;
        parts.push(`    ${input}: ${value}`);
      }
    }
    parts.push('```', '');
    if (inputs.length > 0) {
      parts.push('| input | required | default | description |', '|---|---|---|---|');
      for (const [input, spec] of inputs) {
        parts.push(`| \`${input}\` | ${spec.required ? 'yes' : 'no'} | ${spec.default === undefined ? '' : `\`${String(spec.default).replace(/\n/g, ' ')}\``} | ${cell(spec.description)} |`);
      }
      parts.push('');
    }
    const outputs = Object.entries(yml.outputs ?? {});
    if (outputs.length > 0) {
      parts.push('| output | description |', '|---|---|');
      for (const [output, spec] of outputs) parts.push(`| \`${output}\` | ${cell(spec.description)} |`);
      parts.push('');
    }
  }
  return parts.join('\n');
}

function cell(text) {
  return String(text ?? '').trim().replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
}

export function updateReadme(readme, docs) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${docs}\n${readme.slice(end)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const next = updateReadme(readme, renderActionDocs(join(root, 'actions')));
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md action usage is out of date: run node scripts/action-docs.mjs');
      process.exit(1);
    }
  } else if (next !== readme) {
    writeFileSync(readmePath, next);
    console.error('README.md action usage updated');
  }
}
