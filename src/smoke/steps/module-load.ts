import type { CheckResult, Problem } from '../../core/results.js';
import { parseDmesg } from '../../parsers/dmesg.js';
import { parseLsmod } from '../../parsers/lsmod.js';
import { parseModinfo } from '../../parsers/modinfo.js';
import { countNvidiaGpus, PCI_PROBE } from '../gpu-presence.js';
import { kernelLogChecks, logDelta } from '../kernel-log.js';
import { keepParsed } from '../step-data.js';
import { type SmokeStep, type StepContext, StepEnd, check, describeExit, firstLine, notInstalled } from '../step.js';

/** The last kernel-log line before loading: the delta after it is what loading the driver caused. */
const LOG_MARKER = ['sh', '-c', 'dmesg | tail -n 1'] as const;

/**
 * module-load: load the driver, prove it is in (lsmod), that it is the build we shipped (modinfo
 * version/signer/vermagic, sha256 vs the signing manifest) and that loading it left nothing bad in
 * the kernel log (Xids, NVLink errors, IOMMU faults, rejected signatures, symbol/API mismatches).
 */
export const moduleLoadStep: SmokeStep = {
  name: 'module-load',
  needsGpu: true,
  async run(ctx) {
    const checks: CheckResult[] = [];
    const problems: Problem[] = [];
    const data: Record<string, unknown> = {};
    const { module, load, path } = ctx.config.driver;
    const release = ctx.facts.kernelRelease ?? (await unameR(ctx));

    const marker = await ctx.run('kernel-log-marker', LOG_MARKER, { class: 'node' });

    // --- load ----------------------------------------------------------------------------------
    if (load === 'insmod' && path === null) throw new StepEnd('error', 'driver.load is insmod but driver.path is not set');
    const argv = load === 'insmod' ? ['insmod', path!] : ['modprobe', module];
    const loaded = await ctx.run('load', argv, { class: 'node' });
    // insmod of an already-loaded module says "File exists": the module is in, which is what we check.
    const alreadyIn = load === 'insmod' && /File exists/.test(loaded.stderr);
    if (loaded.exitCode === 0 || alreadyIn) {
      checks.push(check.pass('load', `${argv.join(' ')}: ${alreadyIn ? 'already loaded' : 'ok'}`));
    } else {
      if (notInstalled(loaded) || /not found|No such device/i.test(loaded.stderr)) {
        const probe = await ctx.run('pci-probe', PCI_PROBE, { class: 'node' });
        if (countNvidiaGpus(probe.stdout) === 0) throw new StepEnd('skip', 'no NVIDIA GPU', { data: { load: firstLine(loaded) } });
      }
      checks.push(check.fail('load', `${argv.join(' ')} failed (${describeExit(loaded)}): ${firstLine(loaded)}`));
    }

    // --- lsmod ---------------------------------------------------------------------------------
    const lsmod = await ctx.run('lsmod', ['lsmod'], { class: 'node' });
    const modules = parseLsmod(lsmod.stdout);
    problems.push(...modules.problems.map((p) => ({ ...p, source: 'lsmod' })));
    const entry = modules.data.modules.find((m) => m.name === module);
    keepParsed(data, 'lsmod', lsmod.exitCode === 0 ? modules : null);
    if (lsmod.exitCode !== 0) checks.push(check.error('lsmod', `lsmod failed (${describeExit(lsmod)}): ${firstLine(lsmod)}`));
    else if (entry) checks.push(check.pass('lsmod', `${module} loaded (${entry.size} bytes, used by ${entry.usedBy})`));
    else checks.push(check.fail('lsmod', `${module} is not in lsmod after loading`));

    // --- modinfo -------------------------------------------------------------------------------
    const info = await ctx.run('modinfo', ['modinfo', load === 'insmod' ? path! : module], { class: 'node' });
    const parsedInfo = parseModinfo(info.stdout);
    problems.push(...parsedInfo.problems.map((p) => ({ ...p, source: 'modinfo' })));
    const mod = parsedInfo.data;
    keepParsed(data, 'modinfo', parsedInfo);
    if (info.exitCode !== 0 || !parsedInfo.ok) {
      checks.push(check.error('modinfo', `modinfo failed (${describeExit(info)}): ${firstLine(info)}`));
    } else {
      const vermagicRelease = mod.vermagic?.split(/\s+/)[0] ?? null;
      if (vermagicRelease === null) checks.push(check.fail('vermagic', 'modinfo shows no vermagic'));
      else if (release === null) checks.push(check.skip('vermagic', `built for ${vermagicRelease}; kernel release unknown`));
      else if (vermagicRelease === release) checks.push(check.pass('vermagic', `built for ${release}`));
      else checks.push(check.fail('vermagic', `built for ${vermagicRelease}, running ${release}`, { expected: release, actual: vermagicRelease }));
      checks.push(mod.signed ? check.pass('signature', `signed by ${mod.signer ?? 'an unnamed signer'} (${mod.sigHashAlgo ?? 'unknown hash'})`) : check.fail('signature', 'the module carries no signature'));
      if (mod.version) {
        ctx.facts.driverVersion = mod.version;
        const want = ctx.config.expectedDriverVersion;
        if (want !== null) checks.push(mod.version === want ? check.pass('driver-version', mod.version) : check.fail('driver-version', `${mod.version}, expected ${want}`, { expected: want, actual: mod.version }));
      }
    }

    // --- sha256 vs the signing manifest (a light attestation) ----------------------------------
    if (ctx.moduleDigests) await checkDigest(ctx, checks, data);
    else checks.push(check.skip('sha256', 'no signing manifest given'));

    // --- kernel log delta ----------------------------------------------------------------------
    const log = await ctx.run('kernel-log', ['dmesg'], { class: 'node' });
    if (log.exitCode !== 0) {
      checks.push(check.error('kernel-log', `cannot read the kernel log (${describeExit(log)}): ${firstLine(log)}`));
    } else {
      const delta = logDelta(marker.exitCode === 0 ? marker.stdout : '', log.stdout);
      const parsed = parseDmesg(delta.text);
      problems.push(...parsed.problems.map((p) => ({ ...p, source: 'dmesg' })));
      // An empty delta is a clean log, not an unreadable one: keep the (empty) events either way.
      data.dmesg = parsed.data;
      data['kernel-log'] = { markerFound: delta.markerFound, lines: delta.text.split('\n').filter((l) => l !== '').length };
      checks.push(...kernelLogChecks(parsed.data.events));
      const loadedEvent = parsed.data.events.find((e) => e.kind === 'driver-loaded');
      if (loadedEvent && loadedEvent.kind === 'driver-loaded') ctx.facts.driverVersion ??= loadedEvent.version;
    }
    return { checks, data, problems };
  },
};

async function unameR(ctx: StepContext): Promise<string | null> {
  const uname = await ctx.run('uname-r', ['uname', '-r'], { class: 'node' });
  if (uname.exitCode !== 0) return null;
  ctx.facts.kernelRelease = uname.stdout.trim();
  return ctx.facts.kernelRelease;
}

async function checkDigest(ctx: StepContext, checks: CheckResult[], data: Record<string, unknown>): Promise<void> {
  const { module, path } = ctx.config.driver;
  let file = path;
  if (file === null) {
    const where = await ctx.run('modinfo-filename', ['modinfo', '-n', module], { class: 'node' });
    file = where.exitCode === 0 ? where.stdout.trim() || null : null;
  }
  if (file === null) return void checks.push(check.error('sha256', `cannot find the file of module ${module}`));
  const base = file.split('/').at(-1)!;
  const wanted = ctx.moduleDigests?.get(base) ?? ctx.moduleDigests?.get(base.replace(/\.(xz|zst|gz)$/, ''));
  if (wanted === undefined) return void checks.push(check.fail('sha256', `${base} is not in the signing manifest`));
  const sum = await ctx.run('sha256sum', ['sha256sum', file], { class: 'node' });
  const got = /^([0-9a-f]{64})\b/.exec(sum.stdout.trim())?.[1];
  data.sha256 = { file, expected: wanted, actual: got ?? null };
  if (sum.exitCode !== 0 || !got) checks.push(check.error('sha256', `sha256sum ${file} failed: ${firstLine(sum)}`));
  else if (got === wanted) checks.push(check.pass('sha256', `${base} matches the signing manifest`));
  else checks.push(check.fail('sha256', `${base} on the node is ${got.slice(0, 12)}…, the signing manifest says ${wanted.slice(0, 12)}…`, { expected: wanted, actual: got }));
}
