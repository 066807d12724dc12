import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ProcessRunner } from '../../src/core/command-runner.js';
import { LinkgateError, UsageError } from '../../src/core/errors.js';
import { assertDeviceTree, prepareBoardDtb } from '../../src/canary/devicetree/board-dtb.js';
import { procDtString, selectBoard } from '../../src/canary/devicetree/board-select.js';
import { parseDts } from '../../src/canary/devicetree/dts-parse.js';
import { findNode, verifyDeviceTree } from '../../src/canary/devicetree/dt-verify.js';
import { applyOverlays, readDtb, refreshRngSeed } from '../../src/canary/devicetree/overlay.js';
import { qemuDumpDtbArgv } from '../../src/canary/qemu/qemu-argv.js';
import { DeviceTree } from '../../src/manifest/schema/devicetree.js';
import { fixture } from '../helpers/paths.js';
import { requireTools } from '../helpers/skip.js';

const SAMPLE = `/dts-v1/;

/ {
	#address-cells = <0x02>;
	compatible = "riscv-virtio";
	model = "riscv-virtio,qemu";

	soc {
		compatible = "simple-bus";
		ranges;

		bridge: nvlink-host-bridge@28000000 {
			compatible = "linkgate,nvlink-host-bridge\\0nvidia,nvlink";
			reg = <0x00 0x28000000 0x00 0x10000>;
		};

		serial@10000000 {
			compatible = "ns16550a";
		};
	};
};
`;

describe('parseDts', () => {
  it('reads node paths, labels and string lists', () => {
    const r = parseDts(SAMPLE);
    expect(r.ok).toBe(true);
    expect(r.problems).toEqual([]);
    expect(Object.keys(r.data.nodes)).toEqual(['/', '/soc', '/soc/nvlink-host-bridge@28000000', '/soc/serial@10000000']);
    const bridge = r.data.nodes['/soc/nvlink-host-bridge@28000000'];
    expect(bridge?.labels).toEqual(['bridge']);
    expect(bridge?.properties.compatible?.strings).toEqual(['linkgate,nvlink-host-bridge', 'nvidia,nvlink']);
    expect(bridge?.properties.reg?.strings).toBeNull();
    expect(r.data.nodes['/soc']?.properties.ranges).toEqual({ raw: '', strings: null });
  });

  it('reads comma-separated string lists as hand-written sources spell them', () => {
    const r = parseDts('/ {\n compatible = "a,b", "c";\n};\n');
    expect(r.data.nodes['/']?.properties.compatible?.strings).toEqual(['a,b', 'c']);
  });

  it('reports truncated input instead of throwing', () => {
    const r = parseDts(SAMPLE.slice(0, SAMPLE.indexOf('serial@')));
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.message).join('\n')).toMatch(/ends inside node \/soc/);
  });

  it.each([
    ['empty', ''],
    ['binary garbage', '\u0000\u0001\u00ff'.repeat(1000)],
    ['only closers', '};\n};\n'],
    ['a huge line', `/ {\n x = "${'a'.repeat(2 * 1024 * 1024)}`],
    ['prototype keys', '/ {\n __proto__ = "x";\n constructor;\n};\n'],
  ])('survives hostile input: %s', (_name, text) => {
    const r = parseDts(text);
    expect(Array.isArray(r.problems)).toBe(true);
    if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
  });

  it('keeps a property named __proto__ as data', () => {
    const r = parseDts('/ {\n __proto__ = "x";\n};\n');
    expect(r.data.nodes['/']?.properties['__proto__']?.strings).toEqual(['x']);
  });
});

describe('verifyDeviceTree', () => {
  const tree = parseDts(SAMPLE).data;

  it('matches a segment without unit address to any unit address', () => {
    expect(findNode(tree, '/soc/nvlink-host-bridge')?.path).toBe('/soc/nvlink-host-bridge@28000000');
    expect(findNode(tree, '/soc/nvlink-host-bridge@29000000')).toBeNull();
    expect(findNode(tree, 'soc')).toBeNull();
  });

  it('passes when node and compatible strings exist', () => {
    const v = verifyDeviceTree(tree, [{ path: '/soc/nvlink-host-bridge', compatible: ['nvidia,nvlink'] }]);
    expect(v).toMatchObject({ ok: true, findings: [], matched: { '/soc/nvlink-host-bridge': '/soc/nvlink-host-bridge@28000000' } });
  });

  it('fails with the missing path and the deepest parent that exists', () => {
    const v = verifyDeviceTree(tree, [{ path: '/soc/pci/nvlink-host-bridge' }]);
    expect(v.ok).toBe(false);
    expect(v.findings[0]).toMatchObject({ problem: 'node-missing', path: '/soc/pci/nvlink-host-bridge' });
    expect(v.findings[0]?.message).toBe('/soc/pci/nvlink-host-bridge: node missing (deepest existing parent: /soc)');
  });

  it('fails when a compatible string is absent, naming what is there', () => {
    const v = verifyDeviceTree(tree, [{ path: '/soc/serial', compatible: ['nvidia,nvlink'] }]);
    expect(v.findings[0]?.message).toBe('/soc/serial@10000000: compatible lacks "nvidia,nvlink" (has "ns16550a")');
  });
});

describe('selectBoard', () => {
  const boards = DeviceTree.parse({
    boards: [
      { name: 'virt', model: 'riscv-virtio,qemu', baseDtb: 'virt.dtb' },
      { name: 'odd-one', model: 'riscv-virtio,qemu', serials: ['SN-7'], baseDtb: 'odd.dtb' },
    ],
  }).boards;

  it('prefers a serial match over the model', () => {
    expect(selectBoard(boards, { model: 'riscv-virtio,qemu', serial: 'SN-7' })).toMatchObject({ ok: true, by: 'serial', board: { name: 'odd-one' } });
  });
  it('refuses an ambiguous model', () => {
    const r = selectBoard(boards, { model: 'riscv-virtio,qemu', serial: null });
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.message).toMatch(/matches 2 boards \(virt, odd-one\)/);
  });
  it('names the known models when nothing matches', () => {
    const r = selectBoard(boards.slice(0, 1), { model: 'sifive,hifive', serial: null });
    expect(!r.ok && r.message).toBe('no board entry for model "sifive,hifive" (known models: "riscv-virtio,qemu")');
  });
  it('reads /proc/device-tree strings with their trailing NUL', () => {
    expect(procDtString('riscv-virtio,qemu\0')).toBe('riscv-virtio,qemu');
    expect(procDtString('\0')).toBeNull();
  });
  it('the schema refuses a board nobody can choose', () => {
    expect(DeviceTree.safeParse({ boards: [{ name: 'x', baseDtb: 'a.dtb' }] }).success).toBe(false);
  });
});

describe('overlays with real dtc and fdtoverlay on QEMU virt\'s own DTB', () => {
  const skip = requireTools(['dtc', 'fdtoverlay', 'fdtput', 'qemu-system-riscv64']);
  const runner = new ProcessRunner();
  let dir = '';
  let base = '';

  beforeAll(async () => {
    if (skip) return;
    dir = await mkdtemp(join(tmpdir(), 'linkgate-dt-'));
    base = join(dir, 'virt.dtb');
    const dump = await runner.run({ argv: qemuDumpDtbArgv(base), timeoutMs: 30_000 });
    expect(dump.exitCode).toBe(0);
  });
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it.skipIf(skip)('applies the NVLink host-bridge overlay and finds the node and its compatible', async () => {
    const section = DeviceTree.parse({
      boards: [
        {
          name: 'qemu-virt',
          model: 'riscv-virtio,qemu',
          baseDtb: base,
          overlays: [fixture('devicetree', 'nvlink-host-bridge.dtso')],
          require: [{ path: '/soc/nvlink-host-bridge', compatible: ['linkgate,nvlink-host-bridge'] }, { path: '/soc/pci' }],
        },
      ],
    });
    const result = await prepareBoardDtb({ runner }, section, { model: 'riscv-virtio,qemu', serial: null }, { manifestDir: dir, workDir: dir });
    expect(result.verification).toMatchObject({ ok: true, matched: { '/soc/nvlink-host-bridge': '/soc/nvlink-host-bridge@28000000', '/soc/pci': '/soc/pci@30000000' } });
    expect(() => assertDeviceTree(result)).not.toThrow();
    // The base itself lacks the node: the same requirement fails there, naming the path.
    const bare = verifyDeviceTree(await readDtb({ runner }, base), section.boards[0]!.require);
    expect(bare.findings.map((f) => f.message)).toEqual(['/soc/nvlink-host-bridge: node missing (deepest existing parent: /soc)']);
  });

  it.skipIf(skip)('fails with the missing path when the overlay puts the node elsewhere', async () => {
    const section = DeviceTree.parse({
      boards: [{ name: 'qemu-virt', model: 'riscv-virtio,qemu', baseDtb: base, overlays: [fixture('devicetree', 'nvlink-host-bridge.dtso')], require: [{ path: '/soc/pci/nvlink-host-bridge' }] }],
    });
    const result = await prepareBoardDtb({ runner }, section, { model: 'riscv-virtio,qemu', serial: null }, { manifestDir: dir, workDir: dir });
    expect(() => assertDeviceTree(result)).toThrow(LinkgateError);
    try {
      assertDeviceTree(result);
    } catch (error) {
      expect((error as LinkgateError).actor).toBe('device');
      expect((error as LinkgateError).details).toEqual(['/soc/pci/nvlink-host-bridge: node missing (deepest existing parent: /soc/pci@30000000)']);
    }
  });

  it.skipIf(skip)('reports an overlay that targets a node the base lacks as a usage error', async () => {
    const bad = join(dir, 'bad.dtso');
    await writeFile(bad, '/dts-v1/;\n/plugin/;\n&{/no-such-node} {\n\tx { compatible = "y"; };\n};\n');
    await expect(applyOverlays({ runner }, base, [bad], join(dir, 'bad.dtb'), dir)).rejects.toThrow(/fdtoverlay could not apply/);
  });

  it.skipIf(skip)('reports a syntax error in an overlay source, and a file that is not a DTB', async () => {
    const broken = join(dir, 'broken.dtso');
    await writeFile(broken, '/dts-v1/;\n/plugin/;\n&{/soc} {\n\tx { compatible = "y" \n');
    await expect(applyOverlays({ runner }, base, [broken], join(dir, 'b.dtb'), dir)).rejects.toThrow(UsageError);
    const notDtb = join(dir, 'not.dtb');
    await writeFile(notDtb, 'hello');
    await expect(readDtb({ runner }, notDtb)).rejects.toThrow(/could not read .* as a DTB/);
  });

  it.skipIf(skip)('refreshes the rng-seed QEMU baked into the dump', async () => {
    const copy = join(dir, 'seeded.dtb');
    await applyOverlays({ runner }, base, [], copy, dir);
    const before = (await readDtb({ runner }, copy)).nodes['/chosen']?.properties['rng-seed']?.raw;
    await refreshRngSeed({ runner }, copy);
    const after = (await readDtb({ runner }, copy)).nodes['/chosen']?.properties['rng-seed']?.raw;
    expect(before).toMatch(/^</);
    expect(after).toMatch(/^<(0x[0-9a-f]+ ?){8}>$/);
    expect(after).not.toBe(before);
  });
});

describe('the manifest devicetree section', () => {
  it('reports every problem with its position', async () => {
    const { parseManifest } = await import('../../src/manifest/load.js');
    const text = [
      'version: 1',
      'devicetree:',
      '  boards:',
      '    - name: qemu-virt',
      '      model: "riscv-virtio,qemu"',
      '      baseDtb: virt.dtb',
      '      overlays: [nvlink.dtso]',
      '      require:',
      '        - path: /soc/nvlink-host-bridge',
      '          compatible: [linkgate,nvlink-host-bridge]',
      '    - name: Bad Name',
      '      baseDtb: x.dtb',
      '      require:',
      '        - path: soc/relative',
      '          compatibel: [x]',
      '',
    ].join('\n');
    const parsed = parseManifest(text, 'm.yaml');
    expect(parsed.ok).toBe(false);
    const messages = parsed.ok ? [] : parsed.problems.map((p) => `${p.line}:${p.path}: ${p.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^11:devicetree\.boards\[1\]\.name: board names are lower-case/),
        expect.stringMatching(/^14:devicetree\.boards\[1\]\.require\[0\]\.path: an absolute node path/),
        expect.stringMatching(/^1[45]:devicetree\.boards\[1\]\.require\[0\].*compatibel/),
      ]),
    );
    const good = parseManifest(text.split('\n').slice(0, 10).join('\n') + '\n', 'm.yaml');
    expect(good.ok && good.manifest.devicetree?.boards[0]).toMatchObject({ name: 'qemu-virt', serials: [], require: [{ path: '/soc/nvlink-host-bridge' }] });
  });
});
