import { describe, expect, it } from 'vitest';
import { auditConfig, type AuditRequest, blockingOptions, toConfigCheckJson } from '../../src/kernel/config-audit.js';
import { readKconfigTree } from '../../src/kernel/kconfig-db.js';
import { parseDotConfig, parseFragment } from '../../src/kernel/kconfig-fragment.js';

const KCONFIG = `
config PCI
\tbool "PCI"
config VIRTIO
\ttristate
menuconfig VIRTIO_MENU
\tbool "Virtio drivers"
if VIRTIO_MENU
config VIRTIO_PCI
\ttristate "PCI driver for virtio devices"
\tdepends on PCI
\tselect VIRTIO
endif
config VIRTIO_NET
\ttristate "Virtio network driver"
\tdepends on VIRTIO
config CRYPTO_SHA512
\ttristate "SHA-512"
config MODULE_SIG
\tbool "Module signing"
\tselect CRYPTO_SHA512
config IOMMU_API
\tbool
config MODULES
\tbool "Modules"
config USB
\ttristate "USB"
\tdepends on PCI
choice
\tprompt "hash"
config SIG_SHA256
\tbool "SHA-256"
config SIG_SHA512
\tbool "SHA-512"
endchoice
`;
const db = readKconfigTree((p) => (p === 'Kconfig' ? KCONFIG : null), {});

function requests(text: string, fragment = 'frag.config', policy: 'fail' | 'warn' = 'fail'): AuditRequest[] {
  const parsed = parseFragment(text);
  expect(parsed.problems).toEqual([]);
  return parsed.entries.map((e) => ({ ...e, fragment, policy }));
}

describe('auditConfig', () => {
  const config = parseDotConfig(
    ['CONFIG_PCI=y', 'CONFIG_VIRTIO_MENU=n', '# CONFIG_VIRTIO_MENU is not set', 'CONFIG_CRYPTO_SHA512=y', 'CONFIG_MODULE_SIG=y', 'CONFIG_USB=m', '# CONFIG_MODULES is not set', 'CONFIG_SIG_SHA256=y', '# CONFIG_SIG_SHA512 is not set'].join('\n'),
  );

  it('kept / changed / dropped, and "n" requests hold when the symbol is absent', () => {
    const audit = auditConfig(
      requests('CONFIG_PCI=y\n# CONFIG_VIRTIO_NET is not set\nCONFIG_GONE=n\nCONFIG_VIRTIO_PCI=y\nCONFIG_USB=y\n'),
      config,
      db,
    );
    expect(audit.options.map((o) => [o.symbol, o.status, o.actual])).toEqual([
      ['CONFIG_PCI', 'kept', 'y'],
      ['CONFIG_VIRTIO_NET', 'kept', null],
      ['CONFIG_GONE', 'kept', null],
      ['CONFIG_VIRTIO_PCI', 'dropped', null],
      ['CONFIG_USB', 'changed', 'm'],
    ]);
    expect(audit.ok).toBe(false);
    expect(audit.options[0]!.reason).toBe('');
  });

  it('explains a dropped option with the unmet `if` and a cascade through a select-only symbol', () => {
    const audit = auditConfig(requests('CONFIG_VIRTIO_PCI=y\nCONFIG_VIRTIO_NET=y\n'), config, db);
    const [pci, net] = audit.options;
    expect(pci!.reason).toBe('unmet dependencies: if VIRTIO_MENU [=n] (Kconfig:8)');
    expect(net!.reason).toBe(
      'unmet dependencies: depends on VIRTIO [=n] (Kconfig:16); VIRTIO has no prompt and is only set by a select: selected by VIRTIO_PCI [=n] (Kconfig:12)',
    );
  });

  it('explains a forced option with the select line, a prompt-less one, a choice and an unknown symbol', () => {
    const audit = auditConfig(requests('# CONFIG_CRYPTO_SHA512 is not set\nCONFIG_IOMMU_API=y\nCONFIG_SIG_SHA512=y\nCONFIG_VIRTIO_PCII=y\n'), config, db);
    const reasons = Object.fromEntries(audit.options.map((o) => [o.symbol, o.reason]));
    expect(reasons.CONFIG_CRYPTO_SHA512).toBe('forced: selected by MODULE_SIG [=y] (Kconfig:21)');
    expect(reasons.CONFIG_IOMMU_API).toMatch(/IOMMU_API has no prompt: a fragment cannot set it, only a select can: nothing selects it/);
    expect(reasons.CONFIG_SIG_SHA512).toMatch(/member of a choice; SIG_SHA256 \[=y\] was chosen instead/);
    expect(reasons.CONFIG_VIRTIO_PCII).toMatch(/no Kconfig file of this tree and architecture defines VIRTIO_PCII/);
  });

  it('explains a changed value limited by a tristate dependency', () => {
    const m = parseDotConfig('CONFIG_PCI=y\nCONFIG_VIRTIO=m\nCONFIG_VIRTIO_NET=m\n');
    const audit = auditConfig(requests('CONFIG_VIRTIO_NET=y\n'), m, db);
    expect(audit.options[0]).toMatchObject({ status: 'changed', actual: 'm' });
    expect(audit.options[0]!.reason).toBe('unmet dependencies: depends on VIRTIO [=m] (Kconfig:16); VIRTIO has no prompt and is only set by a select: selected by VIRTIO_PCI [=n] (Kconfig:12)');
  });

  it('string and number options: a changed value is not blamed on tristate dependencies', () => {
    const strings = readKconfigTree((p) => (p === 'Kconfig' ? 'config CMDLINE\n\tstring "cmdline"\n\tdepends on PCI\nconfig HZ\n\tint "hz"\n\trange 100 1000\n' : null), {});
    const audit = auditConfig(requests('CONFIG_CMDLINE="console=ttyS0"\nCONFIG_HZ=5000\n'), parseDotConfig('CONFIG_PCI=y\nCONFIG_CMDLINE=""\nCONFIG_HZ=1000\n'), strings);
    expect(audit.options.map((o) => o.status)).toEqual(['changed', 'changed']);
    for (const o of audit.options) expect(o.reason).toMatch(/every condition holds.*a range, a default or a macro condition decides/);
    const hidden = auditConfig(requests('CONFIG_CMDLINE="x"\n'), parseDotConfig('# CONFIG_PCI is not set\n'), strings);
    expect(hidden.options[0]!.reason).toBe('unmet dependencies: depends on PCI [=n] (Kconfig:3)');
  });

  it('without the Kconfig files still says what happened', () => {
    const audit = auditConfig(requests('CONFIG_VIRTIO_PCI=y\nCONFIG_USB=y\n'), config);
    expect(audit.options[0]!.reason).toMatch(/absent from \.config.*--kconfig-root/);
    expect(audit.options[1]!.reason).toMatch(/set to m/);
  });

  it('a later fragment overrides an earlier one (merge_config.sh order), and the override is reported', () => {
    const audit = auditConfig([...requests('CONFIG_USB=y\n', 'a.config'), ...requests('CONFIG_USB=m\n', 'b.config')], config, db);
    expect(audit.options).toHaveLength(1);
    expect(audit.options[0]).toMatchObject({ symbol: 'CONFIG_USB', requested: 'm', status: 'kept', fragment: 'b.config' });
    expect(audit.overridden).toEqual([{ symbol: 'CONFIG_USB', fragment: 'a.config', line: 1, by: 'b.config:1' }]);
  });

  it('per-fragment policy: only `fail` fragments block the build', () => {
    const audit = auditConfig([...requests('CONFIG_VIRTIO_PCI=y\n', 'must.config', 'fail'), ...requests('CONFIG_USB=y\n', 'nice.config', 'warn')], config, db);
    expect(blockingOptions(audit).map((o) => o.symbol)).toEqual(['CONFIG_VIRTIO_PCI']);
  });

  it('the config-check JSON has exactly the documented keys', () => {
    const json = toConfigCheckJson(auditConfig(requests('CONFIG_VIRTIO_PCI=y\nCONFIG_PCI=y\n'), config, db));
    expect(Object.keys(json)).toEqual(['ok', 'options']);
    for (const option of json.options) expect(Object.keys(option)).toEqual(['symbol', 'requested', 'actual', 'status', 'reason']);
    expect(json.options[0]).toEqual({ symbol: 'CONFIG_VIRTIO_PCI', requested: 'y', actual: null, status: 'dropped', reason: 'unmet dependencies: if VIRTIO_MENU [=n] (Kconfig:8)' });
  });
});
