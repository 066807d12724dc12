import { describe, expect, it } from 'vitest';
import { parseDcgmDiag } from '../../src/parsers/dcgm-diag.js';
import { real } from './real-fixture.js';

const messages = (r: { problems: { message: string }[] }): string[] => r.problems.map((p) => p.message);

describe('parseDcgmDiag: tables', () => {
  it('DCGM 3.3.7 head: metadata read, NVLinks down but Pass (DCGM issue #198), cut row reported', () => {
    const r = parseDcgmDiag(real('dcgmi-diag-r2-dcgm3.3.7-drv560-2xH100-nvlinks-down-still-pass-head.txt'));
    expect(r.ok).toBe(true);
    expect(r.data).toMatchObject({ format: 'table', dcgmVersion: '3.3.7', driverVersion: '560.35.03', deviceIds: ['2321', '2321'], overall: 'pass' });
    expect(r.data.tests.map((t) => [t.category, t.name, t.result])).toEqual([
      ['Deployment', 'Denylist', 'pass'],
      ['Deployment', 'NVML Library', 'pass'],
    ]);
    expect(r.problems).toContainEqual({ line: 12, message: 'table row has no closing "|" (output cut?)' });
  });

  it('DCGM 3.0.4 without a Metadata block, cut inside the PCIe row', () => {
    const r = parseDcgmDiag(real('dcgmi-diag-r3-dcgm3.0.4-no-metadata-section-head.txt'));
    expect(r.data.dcgmVersion).toBeNull();
    expect(r.data.tests).toHaveLength(10);
    expect(r.data.tests[9]).toMatchObject({ category: 'Integration', name: 'PCIe', result: null, line: 17 });
    expect(r.data.tests[8]).toMatchObject({ name: 'Inforom', result: 'pass' });
    expect(messages(r)).toContain('PCIe: result missing (output cut?)');
  });

  it('DCGM 3.3.5 in a GPU Operator container and 3.3.1 over --host', () => {
    const a = parseDcgmDiag(real('dcgmi-diag-r3-dcgm3.3.5-drv550-4xA100-in-gpu-operator-container-head.txt'));
    expect(a.data.deviceIds).toEqual(['20b5', '20b5', '20b5', '20b5']);
    expect(a.data.driverVersion).toBe('550.54.15');
    const b = parseDcgmDiag(real('dcgmi-diag-r2-dcgm3.3.1-drv535-remote-host-head.txt'));
    expect(b.data).toMatchObject({ dcgmVersion: '3.3.1', driverVersion: '535.129.03', deviceIds: ['1eb8'] });
    expect(b.data.tests.at(-1)).toMatchObject({ name: 'Page Retirement/Row Remap', result: 'pass' });
  });

  it('joins warnings hard-wrapped at 45 characters mid-word and lists the links that are down', () => {
    const r = parseDcgmDiag(real('dcgmi-diag-r2-dcgm2.4.6-pcie-fail-nvlink-down-warnings-wrapped.txt'));
    const pcie = r.data.tests.find((t) => t.name === 'PCIe')!;
    expect(pcie.result).toBe('fail');
    expect(pcie.warnings[0]).toContain("GPU 0's NvLink link 1 is currently down Run a field diagnostic on the GPU.");
    expect(r.data.nvlinkDown).toEqual([0, 1, 2, 3, 4].map((link) => ({ gpu: 0, link })));
    expect(r.data.overall).toBe('fail');
    expect(messages(r)).toContain('lines elided ("..."): the rest of the table is missing');
  });

  it('PCIe fail after a driver/CUDA mismatch: the wrapped bus id is joined back', () => {
    const r = parseDcgmDiag(real('dcgmi-diag-pcie-fail-unsupported-display-driver-cuda-combination.txt'));
    const pcie = r.data.tests.find((t) => t.name === 'PCIe')!;
    expect(pcie.entities).toEqual([{ gpu: 'all', result: 'fail' }]);
    expect(pcie.warnings[0]).toMatch(/cudaDeviceGetByPCIBusId Check DCGM/);
    expect(pcie.warnings[0]).toMatch(/for GPU 0, bus ID = 00000000:1B:00.0$/);
    expect(r.data.tests.find((t) => t.name === 'GPU Memory')?.result).toBe('skip');
    expect(messages(r)).toContain('output starts inside the table (cut at the start?)');
  });

  it('a tail that starts inside a warning keeps both warnings (Fabric Manager down)', () => {
    const r = parseDcgmDiag(real('dcgmi-diag-cuda-system-not-yet-initialized-fabricmanager-down-tail.txt'));
    const cut = r.data.tests[0]!;
    expect(cut.name).toBe('(cut off)');
    expect(cut.warnings[1]).toMatch(/^GPU 7 Error using CUDA API cuInit .*'system not yet initialized'/);
    expect(cut.warnings[1]).toContain('Restart DCGM');
    expect(r.data.tests.slice(1).map((t) => [t.category, t.name, t.result])).toEqual([
      ['Stress', 'Memory Bandwidth', 'skip'],
      ['Stress', 'EUD Test', 'skip'],
    ]);
  });

  it('two tables back to back (3.3.9): the second one metadata, not closed', () => {
    const r = parseDcgmDiag(real('dcgmi-diag-dcgm3.3.9-drv570-2xGPU-all-skip-partial.txt'));
    expect(r.data).toMatchObject({ dcgmVersion: '3.3.9', driverVersion: '570.172.08', deviceIds: ['2bb5', '2bb5'] });
    expect(r.data.tests.filter((t) => t.result === 'skip')).toHaveLength(6);
    expect(r.data.tests[0]).toMatchObject({ name: 'Inforom', result: 'pass' });
    expect(messages(r)).toContain('the table is not closed by a bottom border (output cut?)');
  });
});

describe('parseDcgmDiag: JSON', () => {
  it('3.x JSON with the reporter\'s {"..."} elision and a cut end is scanned, not dropped', () => {
    const r = parseDcgmDiag(real('dcgmi-diag-r3-j-dcgm3.3.1-json-all-skip-T400-reporter-elided.json'));
    expect(r.ok).toBe(true);
    expect(r.data.format).toBe('json');
    expect(r.data.tests.map((t) => [t.category, t.name])).toEqual([
      ['Integration', 'PCIe'],
      ['Hardware', 'GPU Memory'],
      ['Hardware', 'Diagnostic'],
      ['Hardware', 'EUD Test'],
      ['Stress', 'Targeted Stress'],
    ]);
    expect(r.data.tests[0]?.entities).toEqual([{ gpu: 0, result: 'skip' }]);
    expect(r.data.overall).toBe('skip');
    expect(r.problems[0]).toMatchObject({ line: 6 });
    expect(messages(r)).toContain('JSON ends mid-document (output cut?)');
  });

  it('the same capture with its elided category removed and its cut closed parses as strict JSON (derived)', () => {
    // Derived from the capture above: the {"..."} element dropped and the document closed after the
    // last complete test, so the strict path (not the scanner) is exercised on real member names.
    const text = real('dcgmi-diag-r3-j-dcgm3.3.1-json-all-skip-T400-reporter-elided.json');
    const lastComplete = text.lastIndexOf('},\n\t\t\t\t\t{\n\t\t\t\t\t\t"name" : "Targeted Po');
    const derived = `${text.slice(0, lastComplete).replace('\t\t\t{"..."},\n', '')}}]}]}}\n`;
    expect(() => JSON.parse(derived)).not.toThrow();
    const r = parseDcgmDiag(derived);
    expect(r.problems).toEqual([]);
    expect(r.data.tests.map((t) => t.name)).toEqual(['PCIe', 'GPU Memory', 'Diagnostic', 'EUD Test', 'Targeted Stress']);
    expect(r.data.tests.every((t) => t.result === 'skip')).toBe(true);
  });
});
