import type { NodeTopology } from './model.js';

/**
 * A Mermaid graph for job summaries: GPUs as nodes, NV# bonds as labelled edges, islands as subgraphs.
 * `label` prefixes the island titles (default: the node name; '' for a graph shared by several nodes).
 */
export function mermaidGraph(topology: NodeTopology, label: string = topology.node): string {
  const id = (gpu: number): string => `gpu${gpu}`;
  const lines = ['graph LR'];
  topology.islands.forEach((island, n) => {
    lines.push(`  subgraph island${n}["${label ? `${escape(label)}: ` : ''}NVLink island ${n}"]`);
    for (const gpu of island) {
      const name = topology.gpus.find((g) => g.index === gpu)?.name;
      lines.push(`    ${id(gpu)}["GPU${gpu}${name ? `<br/>${escape(name)}` : ''}"]`);
    }
    lines.push('  end');
  });
  for (const bond of topology.bonds) lines.push(`  ${id(bond.a)} ---|NV${bond.links}| ${id(bond.b)}`);
  return lines.join('\n') + '\n';
}

/** Mermaid labels are quoted strings; quotes and angle brackets would end or inject markup. */
function escape(text: string): string {
  return text.replace(/"/g, '#quot;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
}
