import type { DtNode, DtTree } from './dts-parse.js';

/**
 * Checks that a device tree has the nodes a board needs (the seed's most common early blocker is a
 * missing NVLink host-bridge node) and that they carry the expected `compatible` strings. Pure.
 */
export interface DtRequirement {
  /**
   * Absolute node path. A segment without a unit address (`nvlink-host-bridge`) matches that node name
   * with any unit address (`nvlink-host-bridge@28000000`); a segment with one must match exactly.
   */
  path: string;
  /** Every string listed must be in the node's `compatible` list. */
  compatible?: readonly string[];
}

export interface DtFinding {
  path: string;
  problem: 'node-missing' | 'compatible-missing';
  message: string;
  /** The node that matched the path, when there is one. */
  node?: string;
}

export interface DtVerification {
  ok: boolean;
  findings: DtFinding[];
  /** requirement path → matched node path. */
  matched: Record<string, string>;
}

export function verifyDeviceTree(tree: DtTree, requirements: readonly DtRequirement[]): DtVerification {
  const findings: DtFinding[] = [];
  const matched: Record<string, string> = {};
  for (const requirement of requirements) {
    const node = findNode(tree, requirement.path);
    if (!node) {
      findings.push({
        path: requirement.path,
        problem: 'node-missing',
        message: `${requirement.path}: node missing${nearestHint(tree, requirement.path)}`,
      });
      continue;
    }
    matched[requirement.path] = node.path;
    const have = node.properties.compatible?.strings ?? [];
    const lacking = (requirement.compatible ?? []).filter((c) => !have.includes(c));
    if (lacking.length > 0) {
      findings.push({
        path: requirement.path,
        node: node.path,
        problem: 'compatible-missing',
        message: `${node.path}: compatible lacks ${lacking.map((c) => JSON.stringify(c)).join(', ')} (has ${have.length ? have.map((c) => JSON.stringify(c)).join(', ') : 'no compatible property'})`,
      });
    }
  }
  return { ok: findings.length === 0, findings, matched };
}

/** The node a requirement path names, or null. */
export function findNode(tree: DtTree, path: string): DtNode | null {
  if (!path.startsWith('/')) return null;
  const segments = path.split('/').filter(Boolean);
  let current = [tree.nodes['/']].filter((n): n is DtNode => n !== undefined);
  if (segments.length === 0) return current[0] ?? null;
  for (const segment of segments) {
    const next: DtNode[] = [];
    for (const parent of current) {
      const prefix = parent.path === '/' ? '/' : `${parent.path}/`;
      for (const candidate of childrenOf(tree, parent.path)) {
        const name = candidate.path.slice(prefix.length);
        if (name === segment || (!segment.includes('@') && name.split('@')[0] === segment)) next.push(candidate);
      }
    }
    if (next.length === 0) return null;
    current = next;
  }
  return current[0] ?? null;
}

function childrenOf(tree: DtTree, parentPath: string): DtNode[] {
  const prefix = parentPath === '/' ? '/' : `${parentPath}/`;
  return Object.values(tree.nodes).filter((n) => n.path.startsWith(prefix) && n.path !== parentPath && !n.path.slice(prefix.length).includes('/'));
}

/** "(deepest existing parent: /soc)" helps tell a wrong parent from a missing overlay. */
function nearestHint(tree: DtTree, path: string): string {
  const segments = path.split('/').filter(Boolean);
  for (let n = segments.length - 1; n > 0; n--) {
    const parent = findNode(tree, `/${segments.slice(0, n).join('/')}`);
    if (parent) return ` (deepest existing parent: ${parent.path})`;
  }
  return '';
}
