import type { CheckResult } from '../../core/results.js';
import { type SmokeStep, StepEnd, check, describeExit, firstLine } from '../step.js';

/**
 * preflight: the node runs the kernel we expect, in the security state we expect, with room to work
 * and a sane clock. Nothing here needs a GPU.
 */
export const preflightStep: SmokeStep = {
  name: 'preflight',
  needsGpu: false,
  async run(ctx) {
    const checks: CheckResult[] = [];
    const data: Record<string, unknown> = {};
    const { preflight } = ctx.config;

    // --- kernel release ---------------------------------------------------------------------
    const uname = await ctx.run('uname-r', ['uname', '-r'], { class: 'node' });
    if (uname.exitCode !== 0) throw new StepEnd('error', `uname -r failed (${describeExit(uname)}): ${firstLine(uname)}`);
    const release = uname.stdout.trim();
    ctx.facts.kernelRelease = release;
    data.kernelRelease = release;
    const expected = ctx.config.expectedKernelRelease;
    if (expected === null) checks.push(check.skip('kernel-release', `running ${release}; no expected release configured`));
    else if (release === expected) checks.push(check.pass('kernel-release', `running ${release}`, { expected, actual: release }));
    else checks.push(check.fail('kernel-release', `running ${release}, expected ${expected}`, { expected, actual: release }));

    // --- boot id (tells a reboot apart from a hang when the node comes back) ----------------
    const boot = await ctx.run('boot-id', ['cat', '/proc/sys/kernel/random/boot_id'], { class: 'host' });
    ctx.facts.bootId = boot.exitCode === 0 ? boot.stdout.trim() || null : null;
    data.bootId = ctx.facts.bootId;

    // --- module signature enforcement and lockdown ------------------------------------------
    const sig = await ctx.run('sig-enforce', ['cat', '/sys/module/module/parameters/sig_enforce'], { class: 'node' });
    const sigEnforce = sig.exitCode === 0 ? sig.stdout.trim() === 'Y' : null;
    const lock = await ctx.run('lockdown', ['cat', '/sys/kernel/security/lockdown'], { class: 'node' });
    const lockdown = lock.exitCode === 0 ? (/\[(\w+)\]/.exec(lock.stdout)?.[1] ?? null) : null;
    data.security = { sigEnforce, lockdown };
    const state = `sig_enforce=${sigEnforce === null ? 'absent' : sigEnforce ? 'Y' : 'N'}, lockdown=${lockdown ?? 'absent'}`;
    if (!preflight.requireSigEnforce) checks.push(check.pass('module-signatures', `${state} (enforcement not required)`));
    else if (sigEnforce === true || lockdown === 'integrity' || lockdown === 'confidentiality') checks.push(check.pass('module-signatures', state));
    else checks.push(check.fail('module-signatures', `${state}: unsigned modules would load`, { expected: 'sig_enforce=Y', actual: state }));

    // --- IOMMU ------------------------------------------------------------------------------
    const iommu = await ctx.run('iommu-groups', ['ls', '-1', '/sys/kernel/iommu_groups'], { class: 'node' });
    const groups = iommu.exitCode === 0 ? iommu.stdout.split('\n').filter((l) => /^\d+$/.test(l.trim())).length : 0;
    data.iommuGroups = groups;
    if (groups > 0) checks.push(check.pass('iommu', `${groups} IOMMU groups`));
    else if (preflight.requireIommu) checks.push(check.fail('iommu', 'IOMMU not enabled: no IOMMU groups', { expected: '> 0 groups', actual: 0 }));
    else checks.push(check.skip('iommu', 'no IOMMU groups (not required)'));

    // --- free disk where the hardware scripts run -------------------------------------------
    const df = await ctx.run('df', ['df', '-Pk', preflight.workDir], { class: 'host' });
    const freeKb = Number(df.stdout.trim().split('\n').at(-1)?.trim().split(/\s+/)[3]);
    if (df.exitCode !== 0 || !Number.isFinite(freeKb)) {
      checks.push(check.error('free-disk', `cannot read free space of ${preflight.workDir}: ${firstLine(df)}`));
    } else {
      const freeMb = Math.floor(freeKb / 1024);
      data.freeDiskMB = freeMb;
      const ok = freeMb >= preflight.minFreeDiskMB;
      checks.push((ok ? check.pass : check.fail)('free-disk', `${freeMb} MB free in ${preflight.workDir}${ok ? '' : `, need ${preflight.minFreeDiskMB}`}`, { expected: `>= ${preflight.minFreeDiskMB}`, actual: freeMb }));
    }

    // --- clock skew: the node's clock against ours, at the midpoint of the round trip ---------
    const before = ctx.now();
    const date = await ctx.run('date', ['date', '+%s.%N'], { class: 'host' });
    const after = ctx.now();
    const remote = Number.parseFloat(date.stdout.trim()); // busybox date prints a literal N for %N
    if (date.exitCode !== 0 || !Number.isFinite(remote)) {
      checks.push(check.error('clock-skew', `cannot read the node's clock: ${firstLine(date)}`));
    } else {
      const skewS = Math.round((remote - (before + after) / 2000) * 1000) / 1000;
      data.clockSkewS = skewS;
      const ok = Math.abs(skewS) <= preflight.maxClockSkewS;
      checks.push((ok ? check.pass : check.fail)('clock-skew', `${skewS} s${ok ? '' : `, more than ${preflight.maxClockSkewS} s`}`, { expected: `|skew| <= ${preflight.maxClockSkewS}`, actual: skewS }));
    }
    return { checks, data, problems: [] };
  },
};
