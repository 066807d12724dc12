import { describe, expect, it } from 'vitest';
import { parseNvlinkErrors } from '../../src/parsers/nvlink-errors.js';
import { parseNvlinkStatus } from '../../src/parsers/nvlink-status.js';
import { parseQueryGpu } from '../../src/parsers/query-gpu.js';
import { parseSmiQuery } from '../../src/parsers/smi-query.js';
import { real } from './real-fixture.js';

const NVLINK_S = 'nvidia-smi-nvlink-s-2xH100-PCIe-bridge-12of18-inactive.txt';
const NVML_MISMATCH = 'nvidia-smi-failed-to-initialize-nvml-driver-library-version-mismatch.txt';

describe('parseNvlinkStatus', () => {
  it('reads 2x H100 PCIe with 6 of 18 links <inactive> (indented paste)', () => {
    const r = parseNvlinkStatus(real(NVLINK_S));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.data.gpus.map((g) => [g.index, g.name, g.uuid])).toEqual([
      [0, 'NVIDIA H100 PCIe', 'GPU-6968dfc2-d444-d92c-c36b-6abe53445cb9'],
      [1, 'NVIDIA H100 PCIe', 'GPU-9b1446e2-8a89-4cf6-b68c-a98d99e958d3'],
    ]);
    const gpu0 = r.data.gpus[0]!;
    expect(gpu0.links).toHaveLength(18);
    expect(gpu0.links[3]).toEqual({ link: 3, active: true, speedGBs: 26.562 });
    expect(gpu0.links[4]).toEqual({ link: 4, active: false, speedGBs: null });
    expect(gpu0.links.filter((l) => !l.active).map((l) => l.link)).toEqual([4, 5, 10, 11, 16, 17]);
    expect(gpu0.activeLinks).toBe(12);
    expect(gpu0.totalGBs).toBeCloseTo(12 * 26.562, 6);
  });

  it('reports a cut output: a GPU with fewer links than the others', () => {
    const cut = real(NVLINK_S).split('\n').slice(0, 30).join('\n');
    const r = parseNvlinkStatus(cut);
    expect(r.data.gpus[1]?.links).toHaveLength(9);
    expect(r.problems.map((p) => p.message)).toContain('GPU 1 lists 9 links, another GPU lists 18 (output cut?)');
  });

  it('nvlink -R is not nvlink -s: not ok, one problem per kind of trouble', () => {
    const r = parseNvlinkStatus(real('nvidia-smi-nvlink-R-2xH100-PCIe-bridge-remote-link-map.txt'));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toEqual({ line: 3, message: 'GPU 0 link 0: unreadable state "Remote Device 00000000:D5:00.0: Link 0"' });
    expect(r.problems.length).toBeLessThan(6);
  });

  it('the NVML mismatch message of a half-applied driver bump', () => {
    const r = parseNvlinkStatus(real(NVML_MISMATCH));
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ line: 2, message: 'nvidia-smi failed: Failed to initialize NVML: Driver/library version mismatch' }]);
  });
});

describe('parseNvlinkErrors', () => {
  it('refuses nvlink -s output with a problem that says so', () => {
    const r = parseNvlinkErrors(real(NVLINK_S));
    expect(r.ok).toBe(false);
    expect(r.problems[0]).toEqual({ line: 3, message: 'link speeds: this is `nvlink -s` output, not `nvlink -e`' });
  });

  it('the NVML mismatch message', () => {
    const r = parseNvlinkErrors(real(NVML_MISMATCH));
    expect(r.ok).toBe(false);
    expect(r.problems.at(-1)?.message).toBe('nvidia-smi failed: Failed to initialize NVML: Driver/library version mismatch');
  });

  // fixtures-real holds no `nvlink -e` capture outside reference-only/ (which may not be copied).
  // Not yet covered on real data: reads counters from a real `nvidia-smi nvlink -e` capture — no real capture is available outside reference-only/.
});

describe('parseQueryGpu', () => {
  it('the NVML mismatch message is not a CSV row', () => {
    const r = parseQueryGpu(real(NVML_MISMATCH));
    expect(r.ok).toBe(false);
    expect(r.data.rows).toEqual([]);
    expect(r.problems).toEqual([{ line: 2, message: 'nvidia-smi: Failed to initialize NVML: Driver/library version mismatch' }]);
  });

  it('other nvidia-smi views are refused, not read as one-column CSV', () => {
    const r = parseQueryGpu(real(NVLINK_S));
    expect(r.ok).toBe(false);
    expect(r.problems[0]?.message).toMatch(/^not --query-gpu CSV: "GPU 0: NVIDIA H100 PCIe/);
  });

  // fixtures-real holds no --query-gpu capture outside reference-only/ (which may not be copied).
  // Not yet covered on real data: reads names, bus ids and units from a real `--query-gpu ... --format=csv` capture — no real capture is available outside reference-only/.
});

describe('parseSmiQuery (nvidia-smi -q)', () => {
  it('reads the Fabric section of a non-fabric GPU as N/A', () => {
    const r = parseSmiQuery(real('nvidia-smi-q-fabric-section-NA-laptop.txt'));
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(r.data.gpus).toHaveLength(1);
    expect(r.data.gpus[0]?.fabric).toEqual({ state: null, status: null, clusterUuid: null, cliqueId: null });
    expect(r.data.gpus[0]?.sections[0]).toMatchObject({ title: 'Fabric', line: 1, values: { State: 'N/A', Status: 'N/A' } });
  });

  it('nvidia-smi -a on a half-applied bump reports the NVML mismatch', () => {
    const r = parseSmiQuery(real(NVML_MISMATCH));
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([{ line: 2, message: 'nvidia-smi failed: Failed to initialize NVML: Driver/library version mismatch' }]);
  });

  it('lines of words with no "Field : value" are not nvidia-smi -q output', () => {
    const r = parseSmiQuery('Fabric\nhello world\n');
    expect(r.ok).toBe(false);
    expect(r.data.gpus).toEqual([]);
    expect(r.problems.at(-1)?.message).toContain('no nvidia-smi -q fields');
  });

  // fixtures-real holds no ECC / remapped-rows capture outside reference-only/.
  // Not yet covered on real data: reads ECC counters and Remapped Rows Pending from a real `nvidia-smi -q` capture — no real capture is available outside reference-only/.
});
