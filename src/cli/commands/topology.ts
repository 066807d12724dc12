import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { ExitCode } from '../../core/exit-codes.js';
import { InfraError, UsageError } from '../../core/errors.js';
import type { Problem } from '../../core/results.js';
import { parseNvlinkStatus } from '../../parsers/nvlink-status.js';
import { parseQueryGpu } from '../../parsers/query-gpu.js';
import { parseTopo } from '../../parsers/topo.js';
import { readResults } from '../../smoke/results-dir.js';
import { buildNodeTopology } from '../../topology/build.js';
import { fleetTopologyDb } from '../../topology/fleet-db.js';
import { topologiesFromResults } from '../../topology/from-results.js';
import { gresConf } from '../../topology/gres.js';
import { topologyLabels } from '../../topology/labels.js';
import { mermaidGraph } from '../../topology/mermaid.js';
import type { NodeTopology } from '../../topology/model.js';
import { nodeResourceTopology } from '../../topology/nrt.js';
import { boolOpt, type CliContext, type Command, type ParsedArgs, stringOpt } from '../command.js';
import { readInput } from '../read-input.js';

const EXPORTS = ['labels', 'gres', 'nrt', 'mermaid', 'db'] as const;
type Export = (typeof EXPORTS)[number];

export const topologyCommand: Command = {
  name: 'topology',
  summary: 'Export NVLink topology: labels, gres, nrt, mermaid or db',
  usage: `linkgate topology labels|gres|nrt|mermaid|db --from FILE|DIR [--node NAME] [--nvlink FILE] [--query-gpu FILE]
                  [--gres-type TYPE] [--no-cores] [--json]

--from FILE  an \`nvidia-smi topo -m\` output (- for stdin); --nvlink and --query-gpu add
             \`nvidia-smi nvlink -s\` and \`--query-gpu=index,name,pci.bus_id,uuid --format=csv\` outputs
--from DIR   a results directory (linkgate smoke --out DIR): every canary whose topology step
             parsed \`topo -m\` (steps[].data.topo, with data['nvlink-status'] and data['query-gpu'])
--node NAME  node name for FILE (default: the file name without extension)

labels   Kubernetes node labels under linkgate.dev/, one key=value per line
gres     Slurm gres.conf lines with Links= and Cores=
nrt      a NodeResourceTopology (topology.node.k8s.io/v1alpha2) object (a List for several nodes)
mermaid  a Mermaid graph: GPUs, NV# edges, islands as subgraphs
db       the fleet topology DB (topology.json)

Exit codes: 0 exported, 2 bad flags or FILE/DIR missing, 3 no readable topology in the input.`,
  options: {
    from: { type: 'string' },
    node: { type: 'string' },
    nvlink: { type: 'string' },
    'query-gpu': { type: 'string' },
    'gres-type': { type: 'string' },
    'no-cores': { type: 'boolean' },
  },
  positionals: [1, 1],
  async run(args, ctx) {
    const what = args.positionals[0] as Export;
    if (!(EXPORTS as readonly string[]).includes(what)) throw new UsageError(`unknown export "${what}"; one of: ${EXPORTS.join(', ')}`);
    const from = stringOpt(args, 'from');
    if (!from) throw new UsageError('--from FILE|DIR is required');
    const { nodes, problems } = await loadNodes(from, args);
    for (const p of problems) ctx.logger.warn(p.line > 0 ? `${p.source ?? from}:${p.line}: ${p.message}` : `${p.source ?? from}: ${p.message}`);
    if (nodes.length === 0) throw new InfraError(`${from}: no readable nvidia-smi topo -m`);
    print(what, nodes, args, ctx);
    return ExitCode.Pass;
  },
};

async function loadNodes(from: string, args: ParsedArgs): Promise<{ nodes: NodeTopology[]; problems: Problem[] }> {
  if (from !== '-' && (await stat(from).catch(() => null))?.isDirectory()) {
    const found = topologiesFromResults(await readResults(from));
    return { nodes: found.nodes, problems: [...found.problems, ...found.nodes.flatMap((n) => n.problems.map((p) => ({ ...p, source: n.node })))] };
  }
  const problems: Problem[] = [];
  const topo = parseTopo(await readInput(from));
  problems.push(...topo.problems.map((p) => ({ ...p, source: from })));
  if (!topo.ok) return { nodes: [], problems };
  const nvlinkFile = stringOpt(args, 'nvlink');
  const queryFile = stringOpt(args, 'query-gpu');
  const nvlink = nvlinkFile ? parseNvlinkStatus(await readInput(nvlinkFile)) : null;
  const query = queryFile ? parseQueryGpu(await readInput(queryFile)) : null;
  if (nvlink && nvlinkFile) problems.push(...nvlink.problems.map((p) => ({ ...p, source: nvlinkFile })));
  if (query && queryFile) problems.push(...query.problems.map((p) => ({ ...p, source: queryFile })));
  const node = stringOpt(args, 'node') ?? (from === '-' ? 'node' : basename(from).replace(/\.[^.]*$/, ''));
  const topology = buildNodeTopology({ node, topo: topo.data, nvlinkStatus: nvlink?.ok ? nvlink.data : null, queryGpu: query?.ok ? query.data : null });
  problems.push(...topology.problems.map((p) => ({ ...p, source: node })));
  return { nodes: [topology], problems };
}

function print(what: Export, nodes: NodeTopology[], args: ParsedArgs, ctx: CliContext): void {
  const json = boolOpt(args, 'json');
  const out = (value: unknown): void => ctx.stdout(`${JSON.stringify(value, null, json ? undefined : 2)}\n`);
  switch (what) {
    case 'labels': {
      const perNode = nodes.map((n) => ({ node: n.node, labels: topologyLabels(n) }));
      if (json) return out({ nodes: perNode });
      ctx.stdout(perNode.map((n) => `${nodes.length > 1 ? `# ${n.node}\n` : ''}${Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join('\n')}\n`).join(''));
      return;
    }
    case 'gres': {
      const options = { type: stringOpt(args, 'gres-type'), cores: !boolOpt(args, 'no-cores') };
      const perNode = nodes.map((n) => ({ node: n.node, lines: gresConf(n, options) }));
      if (json) return out({ nodes: perNode });
      ctx.stdout(perNode.flatMap((n) => n.lines).join('\n') + '\n');
      return;
    }
    case 'nrt': {
      const objects = nodes.map(nodeResourceTopology);
      return out(objects.length === 1 ? objects[0] : { apiVersion: 'v1', kind: 'List', items: objects });
    }
    case 'mermaid': {
      const perNode = nodes.map((n) => ({ node: n.node, mermaid: mermaidGraph(n) }));
      if (json) return out({ nodes: perNode });
      ctx.stdout(perNode.map((n) => n.mermaid).join('\n'));
      return;
    }
    case 'db':
      return out(fleetTopologyDb(nodes));
  }
}
