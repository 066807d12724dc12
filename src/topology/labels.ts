import type { NodeTopology } from './model.js';

export const LABEL_PREFIX = 'linkgate.dev/';

/** Kubernetes label name part and value syntax: alphanumeric ends, `-_.` inside, at most 63 characters. */
const LABEL_PART = /^[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?$/;

export function isValidLabelKey(key: string): boolean {
  if (!key.startsWith(LABEL_PREFIX)) return false;
  const name = key.slice(LABEL_PREFIX.length);
  return name.length <= 63 && LABEL_PART.test(name);
}

export function isValidLabelValue(value: string): boolean {
  return value === '' || (value.length <= 63 && LABEL_PART.test(value));
}

/** Makes any text a valid label value: invalid characters become `-`, ends trimmed, cut to 63. */
export function labelValue(text: string): string {
  const trim = (t: string): string => t.replace(/^[^A-Za-z0-9]+/, '').replace(/[^A-Za-z0-9]+$/, '');
  return trim(trim(text.replace(/[^-A-Za-z0-9_.]+/g, '-')).slice(0, 63));
}

/**
 * Node labels a scheduler can select on (docs/topology.md lists them). Labels whose value would be
 * unknown are left out rather than set to a placeholder.
 */
export function topologyLabels(topology: NodeTopology): Record<string, string> {
  const labels: Record<string, string> = {};
  const set = (name: string, value: string | number | null | undefined): void => {
    if (value === null || value === undefined) return;
    const text = labelValue(String(value));
    if (text !== '') labels[LABEL_PREFIX + name] = text;
  };
  const sizes = topology.islands.map((i) => i.length);
  set('gpu-count', topology.gpus.length);
  set('nvlink-island-count', topology.islands.length);
  set('nvlink-island-max-size', sizes.length ? Math.max(...sizes) : null);
  set('nvlink-island-min-size', sizes.length ? Math.min(...sizes) : null);
  // e.g. "4.4" = two islands of 4 GPUs; "1.1.1.1" = PCIe only.
  set('nvlink-island-sizes', sizes.join('.'));
  topology.islands.forEach((island, id) => {
    if (id < 16) set(`nvlink-island-${id}-gpus`, island.join('.'));
  });
  const bonds = topology.bonds.map((b) => b.links);
  set('nvlink-bond-min', bonds.length ? Math.min(...bonds) : 0);
  set('nvlink-bond-max', bonds.length ? Math.max(...bonds) : 0);
  set('nvlink-speed-gbs', topology.linkSpeedGBs);
  set('nvlink-generation', topology.nvlinkGeneration);
  const withLinks = topology.gpus.filter((g) => g.nvlink);
  if (withLinks.length === topology.gpus.length && withLinks.length > 0) {
    set('nvlink-active-links-min', Math.min(...withLinks.map((g) => g.nvlink!.activeLinks)));
    set('nvlink-bandwidth-gbs-min', Math.min(...withLinks.map((g) => g.nvlink!.bandwidthGBs)));
  }
  const product = topology.gpus.find((g) => g.name)?.name;
  set('gpu-product', product ?? null);
  set('chassis', topology.chassis);
  set('nvlink-domain', topology.nvlinkDomain);
  return labels;
}
