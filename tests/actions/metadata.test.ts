import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths.js';

const ajv = new Ajv({ strict: false, allErrors: true });
const actionSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'fixtures/schemas/github-action.json'), 'utf8')));
const workflowSchema = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'fixtures/schemas/github-workflow.json'), 'utf8')));

interface ActionYml {
  name: string;
  description: string;
  branding?: { icon: string; color: string };
  inputs?: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description: string; value?: string }>;
  runs: { using: string; main?: string; steps?: unknown[] };
}

const actionNames = readdirSync(join(ROOT, 'actions')).filter((d) => statSync(join(ROOT, 'actions', d)).isDirectory());
const workflowFiles = [
  ...readdirSync(join(ROOT, 'workflows')).map((f) => join('workflows', f)),
  ...readdirSync(join(ROOT, '.github/workflows')).map((f) => join('.github/workflows', f)),
].filter((f) => /\.ya?ml$/.test(f));

function readAction(name: string): ActionYml {
  return parse(readFileSync(join(ROOT, 'actions', name, 'action.yml'), 'utf8')) as ActionYml;
}

describe('the schema validator itself', () => {
  it('rejects a broken action and a broken workflow', () => {
    expect(actionSchema({ name: 'x', description: 'y', runs: { using: 'node18', main: 'a.js' } })).toBe(false);
    expect(workflowSchema({ on: 'pushh', jobs: {} })).toBe(false);
  });
});

describe.each(actionNames)('actions/%s/action.yml', (name) => {
  const yml = readAction(name);
  it('is valid against the SchemaStore action schema', () => {
    const ok = actionSchema(yml);
    expect(actionSchema.errors ?? [], JSON.stringify(actionSchema.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
  it('runs on node24 or is composite, has branding, documents every input and output', () => {
    expect(['node24', 'composite']).toContain(yml.runs.using);
    expect(yml.branding?.icon).toBeTruthy();
    for (const [input, spec] of Object.entries(yml.inputs ?? {})) {
      expect(spec.description.length, input).toBeGreaterThan(10);
      if (!spec.required) expect('default' in spec || /optional|empty|unset|none/i.test(spec.description), `${input} has no default`).toBe(true);
    }
    for (const [output, spec] of Object.entries(yml.outputs ?? {})) expect(spec.description.length, output).toBeGreaterThan(5);
  });
  it('JavaScript actions: reads exactly the declared inputs and sets only declared outputs', async () => {
    if (yml.runs.using === 'composite') return;
    expect(yml.runs.main).toBe(`../../dist/${name}.js`);
    const module = (await import(pathToFileURL(join(ROOT, 'src/actions', `${name}.ts`)).href)) as Record<string, unknown>;
    const definition = Object.values(module).find(
      (v): v is { name: string; inputs: Record<string, unknown>; outputs: readonly string[] } =>
        typeof v === 'object' && v !== null && (v as { name?: string }).name === name && 'inputs' in v,
    );
    expect(definition, `src/actions/${name}.ts exports an ActionDefinition named ${name}`).toBeDefined();
    expect(Object.keys(definition!.inputs).sort()).toEqual(Object.keys(yml.inputs ?? {}).sort());
    expect([...definition!.outputs].sort()).toEqual(Object.keys(yml.outputs ?? {}).sort());
  });
});

describe('inputs are read in one place', () => {
  it('no source file outside src/actions/inputs.ts calls getInput', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (path.endsWith('.ts') && !path.endsWith('src/actions/inputs.ts')) {
          if (/\bget(Boolean|Multiline)?Input\(|process\.env\.INPUT_/.test(readFileSync(path, 'utf8'))) offenders.push(path);
        }
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
  it('nothing under src/ outside src/actions imports @actions/*', () => {
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
          if (path !== join(ROOT, 'src/actions') && path !== join(ROOT, 'src/artifacts')) walk(path);
        } else if (path.endsWith('.ts') && /from '@actions\//.test(readFileSync(path, 'utf8'))) offenders.push(path);
      }
    };
    walk(join(ROOT, 'src'));
    expect(offenders).toEqual([]);
  });
});

describe.each(workflowFiles)('%s', (file) => {
  it('is valid against the SchemaStore workflow schema', () => {
    const doc = parse(readFileSync(join(ROOT, file), 'utf8'));
    const ok = workflowSchema(doc);
    expect(workflowSchema.errors ?? [], JSON.stringify(workflowSchema.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('README action usage', () => {
  it('is generated from the action.yml files (node scripts/action-docs.mjs)', () => {
    const result = spawnSync('node', ['scripts/action-docs.mjs', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

function stepsOf(doc: { jobs?: Record<string, { steps?: Step[] }>; runs?: { steps?: Step[] } }): Step[] {
  return [...Object.values(doc.jobs ?? {}).flatMap((job) => job.steps ?? []), ...(doc.runs?.steps ?? [])];
}

describe('linkgate actions used by our workflows and composites', () => {
  const users = [
    ...workflowFiles.map((f) => ({ file: f, doc: parse(readFileSync(join(ROOT, f), 'utf8')) })),
    ...actionNames.map((name) => ({ file: `actions/${name}/action.yml`, doc: readAction(name) as never })),
  ];
  for (const { file, doc } of users) {
    it(`${file}: every linkgate action exists and gets only declared inputs, required ones included`, () => {
      for (const step of stepsOf(doc)) {
        const m = /^(?:linkgate\/linkgate\/actions\/|\.\.\/|\.\/actions\/)([a-z-]+)(?:@v1)?$/.exec(step.uses ?? '');
        if (!m) continue;
        const name = m[1]!;
        expect(actionNames, `${file} uses ${step.uses}`).toContain(name);
        const declared = readAction(name).inputs ?? {};
        for (const key of Object.keys(step.with ?? {})) expect(Object.keys(declared), `${file}: ${name} has no input ${key}`).toContain(key);
        for (const [key, spec] of Object.entries(declared)) {
          if (spec.required) expect(Object.keys(step.with ?? {}), `${file}: ${name} needs ${key}`).toContain(key);
        }
      }
    });
  }
  it('reusable workflows are mirrored byte for byte into .github/workflows (GitHub runs them only from there)', () => {
    for (const file of readdirSync(join(ROOT, 'workflows'))) {
      expect(readFileSync(join(ROOT, '.github/workflows', file), 'utf8'), file).toBe(readFileSync(join(ROOT, 'workflows', file), 'utf8'));
    }
  });
});
