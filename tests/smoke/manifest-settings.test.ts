import { describe, expect, it } from 'vitest';
import { formatProblem, parseManifest } from '../../src/manifest/load.js';
import { manifestJsonSchema } from '../../src/manifest/json-schema.js';
import { SuiteConfig, suiteConfigFor } from '../../src/smoke/config.js';

/** The smoke settings live in the manifest's `smoke:` section; the suite resolves them from there. */
const CANARY = ['canaries:', '  - name: c1', '    host: 10.0.0.7', '    user: root', '    hostKeys: ["SHA256:q0pWl4mbRSY3bQyXTcNqnVSyr4bGF/Xp2+JLT2Yd3xE"]'];

function manifest(...smoke: string[]) {
  const parsed = parseManifest(['version: 1', ...CANARY, ...smoke, 'gate:', '  bandwidthFloor: 0.8', ''].join('\n'), 'linkgate.yaml');
  return parsed;
}

describe('smoke settings in the manifest', () => {
  it('absent: the suite takes its documented defaults (and existing manifests stay valid)', () => {
    const parsed = manifest();
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const config = suiteConfigFor(parsed.manifest, 'c1');
    expect(config.preflight).toEqual({ requireIommu: true, requireSigEnforce: false, minFreeDiskMB: 1024, workDir: '/tmp', maxClockSkewS: 5 });
    expect(config.training).toEqual({ tools: ['nccl', 'train-step'], minBytes: '8M', maxBytes: '1G', busbwFloor: 0.6 });
    expect(config.fabric).toEqual({ mtu: null });
    expect(config.dcgm).toEqual({ level: 1, expectLinks: true });
    expect(config.bandwidth).toEqual({ testcase: 'device_to_device_memcpy_write_ce', floor: 0.8, maxRegression: 0.05, linkGenerations: [{ name: 'NVLink3', rawLinkGBs: 25 }, { name: 'NVLink4', rawLinkGBs: 26.562 }, { name: 'NVLink5', rawLinkGBs: 53.125 }] });
    expect(parsed.manifest.smoke.lease).toEqual({ waitS: 3600, ttlS: 1800, pollS: 10 });
    expect(parsed.manifest.smoke.concurrency).toBe(16);
  });

  it('given: requireIommu, the free-disk floor, the busbw floor, the fabric MTU, … reach the suite; unset fields keep their defaults', () => {
    const parsed = manifest(
      'smoke:',
      '  preflight: { requireIommu: false, minFreeDiskMB: 4096 }',
      '  bandwidth: { testcase: device_to_device_memcpy_read_ce }',
      '  training: { tools: [nccl], busbwFloor: 0.7, maxBytes: 8G }',
      '  fabric: { mtu: 9216 }',
      '  dcgm: { level: 3 }',
    );
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const config = suiteConfigFor(parsed.manifest, 'c1');
    expect(config.preflight).toMatchObject({ requireIommu: false, minFreeDiskMB: 4096, maxClockSkewS: 5 });
    expect(config.bandwidth).toEqual({ testcase: 'device_to_device_memcpy_read_ce', floor: 0.8, maxRegression: 0.05, linkGenerations: [{ name: 'NVLink3', rawLinkGBs: 25 }, { name: 'NVLink4', rawLinkGBs: 26.562 }, { name: 'NVLink5', rawLinkGBs: 53.125 }] });
    expect(config.training).toEqual({ tools: ['nccl'], minBytes: '8M', maxBytes: '8G', busbwFloor: 0.7 });
    expect(config.fabric.mtu).toBe(9216);
    expect(config.dcgm).toEqual({ level: 3, expectLinks: true });
  });

  it('bad values and unknown keys are manifest problems with their path, never a stack trace', () => {
    const parsed = manifest('smoke:', '  preflight: { requireIommu: maybe, bogus: 1 }', '  fabric: { mtu: -9216 }', '  training: { busbwFloor: 0 }', '  lease: { waitS: -1, ttlS: 5, pollS: x }');
    expect(parsed.ok).toBe(false);
    const lines = parsed.ok ? [] : parsed.problems.map(formatProblem);
    expect(lines.join('\n')).toMatch(/smoke\.preflight\.requireIommu/);
    expect(lines.join('\n')).toMatch(/smoke\.preflight.*bogus/);
    expect(lines.join('\n')).toMatch(/smoke\.fabric\.mtu/);
    expect(lines.join('\n')).toMatch(/smoke\.training\.busbwFloor/);
    for (const field of ['waitS', 'ttlS', 'pollS']) expect(lines.join('\n')).toMatch(new RegExp(`smoke\\.lease\\.${field}`));
  });

  it('the JSON Schema documents the new fields for editors', () => {
    const schema = manifestJsonSchema() as { properties: { smoke: { properties: Record<string, { description?: string; properties?: Record<string, { description?: string }> }> } } };
    const smoke = schema.properties.smoke.properties;
    expect(Object.keys(smoke)).toEqual(expect.arrayContaining(['preflight', 'bandwidth', 'training', 'fabric', 'dcgm']));
    expect(JSON.stringify(smoke.preflight)).toContain('IOMMU groups must exist');
    expect(JSON.stringify(smoke.fabric)).toContain('9216');
  });

  it('SuiteConfig (what a capture bundle\'s meta.json records for its replay) takes the same sections and the manifest\'s expected topology', () => {
    const recorded = SuiteConfig.parse({ preflight: { requireIommu: false }, expected: { gpus: 2, nvlinksPerPair: 12, activeLinksPerGpu: 12 } });
    expect(recorded.preflight.requireIommu).toBe(false);
    expect(recorded.expected).toEqual({ gpus: 2, nvlinksPerPair: 12, activeLinksPerGpu: 12 });
  });
});
