import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKconfigTree } from '../../src/kernel/kconfig-db.js';
import { inferSrcArch, loadKconfigDb } from '../../src/kernel/kconfig-load.js';

// Shaped like linux 6.1 drivers/virtio/Kconfig and drivers/net/Kconfig, with the traps that matter:
// help text with keywords in it, spaces instead of tabs, `if` blocks, menus with depends, choices.
const TREE: Record<string, string> = {
  Kconfig: 'mainmenu "Test"\n\nsource "arch/$(SRCARCH)/Kconfig"\nsource "drivers/Kconfig"\n',
  'arch/riscv/Kconfig': 'config RISCV\n\tdef_bool y\n\tselect OF\n\nconfig OF\n\tbool\n',
  'drivers/Kconfig': 'menu "Drivers"\nrsource "virtio/Kconfig"\nsource "drivers/net/Kconfig"\nendmenu\n',
  'drivers/virtio/Kconfig': [
    'config VIRTIO',
    '\ttristate',
    '\thelp',
    '\t  This option is selected by any driver which implements the virtio',
    '\t  bus, such as CONFIG_VIRTIO_PCI.',
    '',
    '\t  config NOT_A_SYMBOL  (help text, not a definition)',
    '',
    'menuconfig VIRTIO_MENU',
    '\tbool "Virtio drivers"',
    '\tdefault y',
    '',
    'if VIRTIO_MENU',
    '',
    'config VIRTIO_PCI',
    '        tristate "PCI driver for virtio devices"',
    '        depends on PCI',
    '        select VIRTIO',
    '',
    'config VIRTIO_MMIO',
    '\ttristate "Platform bus driver for memory mapped virtio devices"',
    '\tdepends on HAS_IOMEM && HAS_DMA # trailing comment',
    '\tselect VIRTIO',
    '',
    'endif # VIRTIO_MENU',
    '',
    'choice',
    '\tprompt "Hash"',
    '\tdepends on MODULES',
    'config SIG_SHA256',
    '\tbool "SHA-256"',
    'config SIG_SHA512',
    '\tbool "SHA-512" if EXPERT',
    'endchoice',
  ].join('\n'),
  'drivers/net/Kconfig': 'menu "Net"\n\tdepends on NET\n\tvisible if !HIDE_NET\nconfig VIRTIO_NET\n\ttristate "Virtio network driver"\n\tdepends on VIRTIO\n\tselect NET_FAILOVER if NET\nendmenu\n',
};

const read = (path: string): string | null => TREE[path] ?? null;

describe('readKconfigTree', () => {
  const db = readKconfigTree(read, { SRCARCH: 'riscv' });

  it('follows source, rsource and $(SRCARCH), and skips help text', () => {
    expect(db.notes).toEqual([]);
    expect(db.files).toBe(5);
    expect([...db.defs.keys()].sort()).toEqual(['OF', 'RISCV', 'SIG_SHA256', 'SIG_SHA512', 'VIRTIO', 'VIRTIO_MENU', 'VIRTIO_MMIO', 'VIRTIO_NET', 'VIRTIO_PCI']);
  });

  it('records enclosing if/menu conditions, depends on, prompts and their files/lines', () => {
    const pci = db.defs.get('VIRTIO_PCI')![0]!;
    expect(pci).toMatchObject({ file: 'drivers/virtio/Kconfig', line: 15, type: 'tristate', hasPrompt: true });
    expect(pci.enclosing.map((c) => `${c.origin} ${c.text} @${c.line}`)).toEqual(['if VIRTIO_MENU @13']);
    expect(pci.depends.map((c) => c.text)).toEqual(['PCI']);
    const mmio = db.defs.get('VIRTIO_MMIO')![0]!;
    expect(mmio.depends[0]!.text).toBe('HAS_IOMEM && HAS_DMA');
    const net = db.defs.get('VIRTIO_NET')![0]!;
    expect(net.enclosing.map((c) => `${c.origin} ${c.text}`)).toEqual(['menu depends on NET', 'visible if !HIDE_NET']);
    expect(db.defs.get('VIRTIO')![0]!.hasPrompt).toBe(false);
  });

  it('indexes select lines by target, with their conditions', () => {
    expect(db.selectedBy.get('VIRTIO')!.map((s) => `${s.by}@${s.file}:${s.line}`)).toEqual([
      'VIRTIO_PCI@drivers/virtio/Kconfig:18',
      'VIRTIO_MMIO@drivers/virtio/Kconfig:23',
    ]);
    expect(db.selectedBy.get('NET_FAILOVER')![0]!.cond?.text).toBe('NET');
  });

  it('groups choice members and keeps prompt conditions', () => {
    const sha512 = db.defs.get('SIG_SHA512')![0]!;
    expect(sha512.choice).not.toBeNull();
    expect(db.choiceMembers.get(sha512.choice!)).toEqual(['SIG_SHA256', 'SIG_SHA512']);
    expect(sha512.promptIf.map((c) => c.text)).toEqual(['EXPERT']);
    expect(sha512.enclosing.map((c) => c.text)).toEqual(['MODULES']);
  });

  it('notes unreadable sources, unknown macros and unbalanced blocks instead of throwing', () => {
    const broken = readKconfigTree(
      (p) => ({ Kconfig: 'source "missing/Kconfig"\nosource "optional/Kconfig"\nsource "$(UNKNOWN)/Kconfig"\nendif\nif A\nconfig X\n\tbool "x"\n' })[p] ?? null,
      {},
    );
    expect(broken.notes).toEqual([
      'missing/Kconfig: cannot read',
      'Kconfig:3: cannot expand "$(UNKNOWN)/Kconfig"',
      'Kconfig:4: endif without a matching if',
      '1 if/menu/choice block(s) never closed',
    ]);
    expect(broken.defs.get('X')![0]!.enclosing[0]!.text).toBe('A');
  });

  it('stops at a source loop instead of recursing forever', () => {
    const loop = readKconfigTree((p) => (p === 'Kconfig' ? 'source "Kconfig"\n' : null), {});
    expect(loop.notes.some((n) => /nested sources/.test(n))).toBe(true);
  });
});

describe('loadKconfigDb (files)', () => {
  it('reads a tree from disk and never follows a source out of it', () => {
    const root = mkdtempSync(join(tmpdir(), 'linkgate-kconfig-'));
    mkdirSync(join(root, 'arch', 'riscv'), { recursive: true });
    writeFileSync(join(root, 'Kconfig'), 'source "arch/$(SRCARCH)/Kconfig"\nsource "../../../../etc/passwd"\nsource "/etc/hostname"\n');
    writeFileSync(join(root, 'arch', 'riscv', 'Kconfig'), 'config RISCV\n\tdef_bool y\n');
    const db = loadKconfigDb(root, 'riscv');
    expect([...db.defs.keys()]).toEqual(['RISCV']);
    expect(db.notes).toEqual(['../../../../etc/passwd: cannot read', '/etc/hostname: cannot read']);
    expect(inferSrcArch(root, new Map([['CONFIG_RISCV', 'y']]))).toBe('riscv');
    expect(inferSrcArch(root, new Map([['CONFIG_X86', 'y']]))).toBeNull();
  });
});
