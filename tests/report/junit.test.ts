import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildJunit } from '../../src/report/junit.js';
import { collectExcerpts } from '../../src/report/excerpts.js';
import { readExcerpt } from '../../src/report/log-excerpt.js';
import { ROOT } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';
import { canary, check, run, step } from './build-results.js';
import { writeResultsDir } from './results-dir.js';

const SCHEMA = join(ROOT, 'fixtures/schemas/junit-10.xsd');
const skip = requireTools(['xmllint']);

function validate(xml: string): { ok: boolean; stderr: string } {
  const file = join(mkdtempSync(join(tmpdir(), 'linkgate-junit-')), 'junit.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', SCHEMA, file], { encoding: 'utf8' });
  return { ok: result.status === 0, stderr: result.stderr };
}

function xpath(xml: string, expr: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'linkgate-junit-')), 'junit.xml');
  writeFileSync(file, xml);
  // xmllint ends its answer with one newline of its own.
  return execFileSync('xmllint', ['--xpath', expr, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).replace(/\n$/, '');
}

const mixed = run([
  canary('canary-01'),
  canary('canary-02', {
    steps: [
      step('preflight'),
      step('topology', {
        checks: [
          check('gpu-count', 'pass'),
          check('nvlinks GPU0-GPU1', 'fail', 'GPU0↔GPU1 12/18 NVLinks active, expected 18', { expected: 18, actual: 12 }),
        ],
        raw: ['canary-02/topology.stdout'],
      }),
      step('peer-bandwidth', { status: 'skip', reason: 'topology failed', checks: [] }),
    ],
  }),
  canary('canary-03', { state: 'unreachable', steps: [], facts: { kernelRelease: null, driverVersion: null, bootId: null } }),
  canary('canary-04', {
    steps: [step('dcgm-diag', { checks: [check('dcgmi diag', 'error', 'output could not be read: cut at line 3')] })],
  }),
]);

describe.skipIf(skip)('JUnit report', () => {
  it('validates against junit-10.xsd with xmllint and fails a broken document (the validator is real)', () => {
    const xml = buildJunit(mixed);
    expect(validate(xml)).toEqual({ ok: true, stderr: expect.stringContaining('validates') });
    const broken = xml.replace(/(<testsuite [^>]*?) failures="\d+"/, '$1');
    expect(broken).not.toBe(xml);
    expect(validate(broken).ok).toBe(false);
  });

  it('one suite per canary with its facts, one case per check, errors apart from failures', () => {
    const xml = buildJunit(mixed);
    expect(xpath(xml, 'count(/testsuites/testsuite)')).toBe('4');
    expect(xpath(xml, 'string(/testsuites/@failures)')).toBe('1');
    expect(xpath(xml, 'string(/testsuites/@errors)')).toBe('2');
    expect(xpath(xml, 'string(//testsuite[@name="canary-02"]/properties/property[@name="kernel-release"]/@value)')).toBe('6.12.9-riscv64-lg1');
    expect(xpath(xml, 'string(//testsuite[@name="canary-02"]/properties/property[@name="chassis"]/@value)')).toBe('rack1-c1');
    expect(xpath(xml, 'string(//testsuite[@name="canary-02"]/@hostname)')).toBe('canary-02.lab.example');
    expect(xpath(xml, 'string(//testcase[failure]/@classname)')).toBe('canary-02.topology');
    expect(xpath(xml, 'string(//testcase/failure/@message)')).toBe('GPU0↔GPU1 12/18 NVLinks active, expected 18');
    expect(xpath(xml, 'string(//testcase/failure)')).toContain('expected: 18');
    expect(xpath(xml, 'string(//testcase[skipped]/skipped/@message)')).toBe('topology failed');
    expect(xpath(xml, 'string(//testsuite[@name="canary-03"]/testcase/error/@type)')).toBe('unreachable');
    expect(xpath(xml, 'string(//testsuite[@name="canary-04"]/testcase/error/@message)')).toContain('could not be read');
  });

  it('hostile output: control characters, two "]]>", lone surrogates, invalid UTF-8 and a 10 MB line stay valid XML', async () => {
    const evil = 'ok\u0000\u001b[31mred\u0007 ]]> middle ]]> end \ud800 <tag attr="x"> & \ufffe';
    const results = run([
      canary('canary-01', {
        labels: { chassis: 'c"1\u0001<', island: '0' },
        steps: [step('topology', { checks: [check('nvlinks', 'fail', evil)], raw: ['canary-01/out.txt', 'canary-01/long.txt', '../../../etc/passwd'] })],
      }),
    ]);
    const dir = writeResultsDir(results, {
      'canary-01/out.txt': Buffer.concat([Buffer.from(`${evil}\nline two ]]> ]]>\n`), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x0a])]),
      'canary-01/long.txt': 'x'.repeat(10 * 1024 * 1024) + '\nTAIL-MARKER\n',
    });
    const xml = buildJunit(results, await collectExcerpts([{ dir, results }]));
    expect(validate(xml).ok).toBe(true);
    const message = xpath(xml, 'string(//testcase/failure/@message)');
    expect(message).toBe('ok\\x00\\x1b[31mred\\x07 ]]> middle ]]> end \\ud800 <tag attr="x"> & \\ufffe');
    const out = xpath(xml, 'string(//testcase/system-out)');
    expect(out).toContain('line two ]]> ]]>');
    expect(out).toContain('\ufffd');
    expect(out).toContain('[line cut: ');
    expect(out).toContain('TAIL-MARKER');
    expect(out).toContain('raw/canary-01/long.txt');
    expect(out).toContain('refused: the raw log name leaves raw/');
    expect(out).not.toContain('root:');
    expect(Buffer.byteLength(xml)).toBeLessThan(200 * 1024);
    expect(xpath(xml, 'string(//property[@name="chassis"]/@value)')).toBe('c"1\\x01<');
  });

  it('a raw name inside raw/ that is a link out of it, or a FIFO, is refused without reading or blocking', async () => {
    const outside = join(mkdtempSync(join(tmpdir(), 'linkgate-secret-')), 'key');
    writeFileSync(outside, 'SECRET-OUTSIDE-RAW\n');
    const dir = writeResultsDir(run([canary('c')]), { 'c/plain.txt': 'inside\n' });
    symlinkSync(outside, join(dir, 'raw', 'c', 'link.txt'));
    symlinkSync(join(dir, 'raw', 'c', 'plain.txt'), join(dir, 'raw', 'c', 'inner-link.txt'));
    execFileSync('mkfifo', [join(dir, 'raw', 'c', 'fifo')]);
    expect(await readExcerpt(dir, 'c/link.txt')).toMatchObject({ text: '', unavailable: 'refused: a link that leaves raw/' });
    expect(await readExcerpt(dir, 'c/fifo')).toMatchObject({ text: '', unavailable: 'refused: not a regular file' });
    expect(await readExcerpt(dir, 'c/inner-link.txt')).toMatchObject({ text: 'inside\n', unavailable: null });
  });

  it('a 10 GB-class log costs only its two ends', async () => {
    const dir = writeResultsDir(run([canary('c')]), { 'big.log': `HEAD\n${'y\n'.repeat(400_000)}END\n` });
    const excerpt = await readExcerpt(dir, 'big.log');
    expect(excerpt.cut).toBe(true);
    expect(excerpt.text.startsWith('HEAD')).toBe(true);
    expect(excerpt.text.includes('bytes not shown')).toBe(true);
    expect(excerpt.text.trimEnd().endsWith('END')).toBe(true);
    expect(excerpt.text.length).toBeLessThan(20_000);
  });
});
