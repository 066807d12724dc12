import { type CommandOutcome, StepEnd, type StepContext, firstLine, notInstalled } from './step.js';

/**
 * Lists PCI functions as `<address> <vendor> <class>` from sysfs: this works without any NVIDIA
 * software, so it tells "no GPU here" apart from "the GPU is there but the driver is broken".
 * A constant script (no caller input), quoted by the transport.
 */
export const PCI_PROBE = [
  'sh',
  '-c',
  'for d in /sys/bus/pci/devices/*; do [ -r "$d/vendor" ] && printf "%s %s %s\\n" "${d##*/}" "$(cat "$d/vendor")" "$(cat "$d/class")"; done; exit 0',
] as const;

/** NVIDIA's PCI vendor id; display controllers are class 0x03xxxx (VGA 0x0300, 3D 0x0302). */
export function countNvidiaGpus(probeOutput: string): number {
  return probeOutput
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter(([, vendor, cls]) => vendor?.toLowerCase() === '0x10de' && /^0x03/i.test(cls ?? '')).length;
}

/**
 * Called when a GPU tool could not run. On a node without an NVIDIA GPU the step ends `skip`
 * ("no NVIDIA GPU"), never `pass`; with a GPU present, a missing tool is an error the user must fix.
 */
export async function endForMissingTool(ctx: StepContext, outcome: CommandOutcome, tool: string): Promise<never> {
  const probe = await ctx.run('pci-probe', PCI_PROBE, { class: 'node' });
  const gpus = countNvidiaGpus(probe.stdout);
  if (gpus === 0) throw new StepEnd('skip', 'no NVIDIA GPU', { data: { nvidiaPciDevices: 0 } });
  throw new StepEnd('error', `${tool} is not usable on a node with ${gpus} NVIDIA GPU(s): ${firstLine(outcome)}`, {
    data: { nvidiaPciDevices: gpus },
  });
}

/** If a GPU tool was not found, end the step (skip without GPU, error with one). */
export async function requireTool(ctx: StepContext, outcome: CommandOutcome, tool: string): Promise<void> {
  if (notInstalled(outcome)) await endForMissingTool(ctx, outcome, tool);
}
