// npm run bench:parse [-- --size-mb N]
// Streams a synthetic kernel log (default 1 GiB) through the dmesg parser and compares it with what a
// user would otherwise run, `grep -c 'NVRM: Xid'`, on the same file in the same run. The log is built
// only from real captured lines (fixtures/real: kernel-log fixtures, whole files kept together so
// multi-line messages stay intact), repeated and interleaved. Everything lives in a temp dir that is
// removed at the end. Targets: >= 100 MB/s and <= 150 MB peak RSS for the parser process.
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream, createWriteStream, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;

if (process.argv[2] === '--scan') await scan(process.argv[3], process.argv[4]);
else await main();

async function main() {
  const { values } = parseArgs({ options: { 'size-mb': { type: 'string', default: '1024' } } });
  const sizeBytes = Number(values['size-mb']) * 1024 * 1024;
  const dir = mkdtempSync(join(tmpdir(), 'linkgate-bench-parse-'));
  try {
    const bundle = join(dir, 'dmesg.mjs');
    await build({ entryPoints: [join(root, 'src/parsers/dmesg.ts')], bundle: true, format: 'esm', platform: 'node', outfile: bundle, logLevel: 'warning' });
    const log = join(dir, 'kernel.log');
    const units = realUnits();
    const started = performance.now();
    await generate(log, units, sizeBytes);
    console.error(`generated ${mb(statSync(log).size)} MB from ${units.length} real captures in ${seconds(started)} s`);

    const parser = await runScan(bundle, log);
    const grepStarted = performance.now();
    const grep = spawnSync('grep', ['-c', 'NVRM: Xid', log], { encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
    const grepSeconds = (performance.now() - grepStarted) / 1000;
    if (grep.status !== 0 && grep.status !== 1) throw new Error(`grep failed: ${grep.stderr}`);
    const grepCount = Number(grep.stdout.trim());

    const size = statSync(log).size;
    const parserMBs = size / 1e6 / parser.seconds;
    const grepMBs = size / 1e6 / grepSeconds;
    const rows = [
      ['input', `${mb(size)} MB (${size} bytes, MB = 10^6), ${parser.lines} lines`],
      ['linkgate parse (dmesg stream)', `${parser.seconds.toFixed(2)} s wall (${parserMBs.toFixed(1)} MB/s), ${parser.cpuSeconds.toFixed(2)} s CPU (${(size / 1e6 / parser.cpuSeconds).toFixed(1)} MB/s), peak RSS ${parser.maxRssMB.toFixed(1)} MB, ${parser.events} events (${parser.xid} xid)`],
      ["grep -c 'NVRM: Xid'", `${grepSeconds.toFixed(2)} s, ${grepMBs.toFixed(1)} MB/s, ${grepCount} lines`],
      ['ratio parser/grep time', `${(parser.seconds / grepSeconds).toFixed(2)}x (grep counts lines; the parser reads every event kind with its fields)`],
      ['xid count agrees with grep', String(parser.xid === grepCount)],
      ['targets', `>= 100 MB/s: ${parserMBs >= 100 ? 'met' : 'MISSED'}; <= 150 MB peak RSS: ${parser.maxRssMB <= 150 ? 'met' : 'MISSED'}`],
    ];
    for (const [name, value] of rows) console.log(`${name.padEnd(32)} ${value}`);
    if (parser.xid !== grepCount) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Whole real kernel-log captures: each keeps its multi-line messages intact. */
function realUnits() {
  const dir = join(root, 'fixtures/real');
  const kernelLog = /^(dmesg-|kmsg-|syslog-|journal-|kern-log-|gpud-scan-|vm-dmesg-|vm-kmsg-|modprobe-)/;
  return readdirSync(dir)
    .filter((file) => kernelLog.test(file))
    .sort()
    .map((file) => Buffer.from(readFileSync(join(dir, file), 'utf8').replace(/\n?$/, '\n')));
}

/** Interleaves the captures in a fixed pseudo-random order until the file has `size` bytes. */
async function generate(file, units, size) {
  const out = createWriteStream(file, { highWaterMark: 4 * 1024 * 1024 });
  let written = 0;
  let seed = 42;
  while (written < size) {
    const batch = [];
    let batchBytes = 0;
    while (batchBytes < 4 * 1024 * 1024 && written + batchBytes < size) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const unit = units[seed % units.length];
      batch.push(unit);
      batchBytes += unit.length;
    }
    written += batchBytes;
    if (!out.write(Buffer.concat(batch, batchBytes))) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
}

/** Runs the scan in its own process, so its peak RSS is the parser's alone. */
function runScan(bundle, log) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [new URL(import.meta.url).pathname, '--scan', bundle, log], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`scan exited ${code}`))));
  });
}

async function scan(bundle, log) {
  const { scanDmesgStream } = await import(bundle);
  let events = 0;
  let problems = 0;
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const summary = await scanDmesgStream(createReadStream(log, { highWaterMark: 256 * 1024 }), {
    event: () => events++,
    problem: () => problems++,
  });
  const secondsTaken = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStarted);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const maxRssMB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(JSON.stringify({ seconds: secondsTaken, cpuSeconds, lines: summary.lines, events, problems, xid: summary.counts.xid, maxRssMB }));
}

function mb(bytes) {
  return (bytes / 1e6).toFixed(0);
}

function seconds(started) {
  return ((performance.now() - started) / 1000).toFixed(1);
}
