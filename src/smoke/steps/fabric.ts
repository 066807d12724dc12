import type { CheckResult } from '../../core/results.js';
import { type SmokeStep, StepEnd, check, firstLine } from '../step.js';

/**
 * Lists RDMA ports as `<dev> <port> <state> <rate> <netdev> <mtu>` from sysfs, so no vendor tool is
 * needed. A constant script; `-` marks a value sysfs does not have.
 */
export const RDMA_PROBE = [
  'sh',
  '-c',
  [
    'for p in /sys/class/infiniband/*/ports/*; do',
    '[ -d "$p" ] || continue; dev=${p%/ports/*}; dev=${dev##*/};',
    'state=$(cut -d: -f2 "$p/state" 2>/dev/null | tr -d " "); rate=$(tr " " _ < "$p/rate" 2>/dev/null);',
    'nd=$(ls "/sys/class/infiniband/$dev/device/net" 2>/dev/null | head -n 1); mtu=-;',
    '[ -n "$nd" ] && mtu=$(cat "/sys/class/net/$nd/mtu" 2>/dev/null);',
    'printf "%s %s %s %s %s %s\\n" "$dev" "${p##*/}" "${state:--}" "${rate:--}" "${nd:--}" "${mtu:--}";',
    'done; exit 0',
  ].join(' '),
] as const;

export interface RdmaPort {
  device: string;
  port: number;
  state: string;
  rate: string | null;
  netdev: string | null;
  mtu: number | null;
}

export function parseRdmaProbe(text: string): RdmaPort[] {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((f) => f.length === 6 && /^\d+$/.test(f[1]!))
    .map(([device, port, state, rate, netdev, mtu]) => ({
      device: device!,
      port: Number(port),
      state: state!,
      rate: rate === '-' ? null : rate!.replace(/_/g, ' '),
      netdev: netdev === '-' ? null : netdev!,
      mtu: mtu === '-' || !/^\d+$/.test(mtu!) ? null : Number(mtu),
    }));
}

/**
 * fabric (optional): RDMA NIC link state and rate, MTU of the RDMA netdevs vs the expected jumbo
 * size, and the PFC/ECN settings where mlnx_qos exists. Nodes without RDMA NICs skip.
 */
export const fabricStep: SmokeStep = {
  name: 'fabric',
  needsGpu: false,
  async run(ctx) {
    const probe = await ctx.run('rdma-ports', RDMA_PROBE, { class: 'node' });
    const ports = parseRdmaProbe(probe.stdout);
    if (ports.length === 0) throw new StepEnd('skip', 'no RDMA NIC', { data: { ports: [] } });
    const checks: CheckResult[] = [];
    const down = ports.filter((p) => p.state !== 'ACTIVE');
    checks.push(
      down.length === 0
        ? check.pass('link-state', `${ports.length} RDMA port(s) ACTIVE (${[...new Set(ports.map((p) => p.rate ?? '?'))].join(', ')})`)
        : check.fail('link-state', down.map((p) => `${p.device} port ${p.port}: ${p.state}`).join('; ')),
    );
    const want = ctx.config.fabric.mtu;
    if (want === null) checks.push(check.skip('mtu', `MTU ${[...new Set(ports.map((p) => p.mtu ?? '?'))].join(', ')}; no expected MTU configured`));
    else {
      const wrong = ports.filter((p) => p.netdev !== null && p.mtu !== want);
      checks.push(wrong.length === 0 ? check.pass('mtu', `MTU ${want}`) : check.fail('mtu', wrong.map((p) => `${p.netdev}: MTU ${p.mtu}, expected ${want}`).join('; ')));
    }
    const qos: Record<string, string> = {};
    for (const netdev of [...new Set(ports.map((p) => p.netdev).filter((n): n is string => n !== null))]) {
      const out = await ctx.run(`mlnx_qos-${netdev}`, ['mlnx_qos', '-i', netdev], { class: 'node' });
      if (out.exitCode === 127) {
        checks.push(check.skip('pfc-ecn', 'mlnx_qos is not installed'));
        break;
      }
      qos[netdev] = out.exitCode === 0 ? out.stdout : firstLine(out);
    }
    return { checks, data: { ports, qos }, problems: [] };
  },
};
