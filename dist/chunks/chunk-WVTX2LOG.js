import { createRequire as __linkgateRequire } from 'node:module'; const require = __linkgateRequire(import.meta.url);
import {
  UsageError,
  external_exports
} from "./chunk-2RUS7HNP.js";

// src/smoke/results-dir.ts
import { mkdir, readFile, rename, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";

// src/core/results.ts
var StepStatus = external_exports.enum(["pass", "fail", "error", "skip"]);
var CheckResult = external_exports.object({
  name: external_exports.string(),
  status: StepStatus,
  message: external_exports.string(),
  expected: external_exports.unknown().optional(),
  actual: external_exports.unknown().optional()
});
var Problem = external_exports.object({
  line: external_exports.number().int().nonnegative(),
  message: external_exports.string(),
  /** Which raw file or parser the problem came from. */
  source: external_exports.string().optional()
});
var StepResult = external_exports.object({
  name: external_exports.string(),
  status: StepStatus,
  /** Why the step ended this way (always set for fail, error and skip). */
  reason: external_exports.string().nullable(),
  startedAt: external_exports.string(),
  durationMs: external_exports.number().nonnegative(),
  checks: external_exports.array(CheckResult),
  /** Parsed outputs, keyed by parser kind (e.g. `topo`, `nvbandwidth`). */
  data: external_exports.record(external_exports.string(), external_exports.unknown()),
  problems: external_exports.array(Problem),
  /** File names under `raw/` holding every command's stdout/stderr as captured. */
  raw: external_exports.array(external_exports.string())
});
var HostState = external_exports.enum(["ok", "failed", "timeout", "unreachable", "auth-failed"]);
var CanaryResult = external_exports.object({
  name: external_exports.string(),
  host: external_exports.string(),
  labels: external_exports.record(external_exports.string(), external_exports.string()),
  /** A control canary runs the known-good build; if it fails too, the trouble is not the bump. */
  control: external_exports.boolean(),
  state: HostState,
  facts: external_exports.object({
    kernelRelease: external_exports.string().nullable(),
    driverVersion: external_exports.string().nullable(),
    bootId: external_exports.string().nullable()
  }),
  leaseWaitMs: external_exports.number().nonnegative().nullable(),
  steps: external_exports.array(StepResult)
});
var RunResults = external_exports.object({
  schemaVersion: external_exports.literal(1),
  tool: external_exports.object({ name: external_exports.literal("linkgate"), version: external_exports.string() }),
  run: external_exports.object({
    id: external_exports.string(),
    startedAt: external_exports.string(),
    finishedAt: external_exports.string().nullable(),
    /** ssh: real nodes; virtual: replayed capture bundles; qemu: the riscv64 QEMU canary. */
    mode: external_exports.enum(["ssh", "virtual", "qemu", "mixed"]),
    url: external_exports.string().nullable(),
    /** false when the run was cancelled or timed out before every step ended (or a shard is missing). */
    complete: external_exports.boolean(),
    /** This record is leg `index` of `count` of a sharded run (`linkgate smoke --shard`); absent otherwise. */
    shard: external_exports.object({ index: external_exports.number().int().nonnegative(), count: external_exports.number().int().positive() }).optional()
  }),
  canaries: external_exports.array(CanaryResult)
});

// src/topology/fleet-db.ts
function fleetTopologyDb(nodes) {
  const gpus = [];
  for (const topology of nodes) {
    for (const gpu of topology.gpus) {
      const adjacency = {};
      for (const peer of topology.gpus) {
        if (peer.index === gpu.index) continue;
        const [a, b] = gpu.index < peer.index ? [gpu.index, peer.index] : [peer.index, gpu.index];
        adjacency[String(peer.index)] = topology.bonds.find((x) => x.a === a && x.b === b)?.links ?? 0;
      }
      gpus.push({
        node: topology.node,
        chassis: topology.chassis,
        gpu: gpu.index,
        busId: gpu.busId,
        uuid: gpu.uuid,
        name: gpu.name,
        nvlinkDomain: topology.nvlinkDomain,
        island: `${topology.node}/${gpu.island}`,
        numaNode: gpu.numaNode,
        activeLinks: gpu.nvlink?.activeLinks ?? null,
        adjacency
      });
    }
  }
  return {
    schemaVersion: 1,
    nodes: nodes.map((t) => ({ node: t.node, chassis: t.chassis, nvlinkDomain: t.nvlinkDomain, islands: t.islands, problems: t.problems.map((p) => p.message) })),
    gpus
  };
}

// src/parsers/topo-cells.ts
var CONNECTION = /^(X|SYS|SOC|NODE|PHB|PXB|PIX|NV\d+)$/;
var P2P_STATUS = /^(X|OK|CNS|GNS|TNS|NS|DR|U)$/;
function isConnectionCell(cell) {
  return CONNECTION.test(cell);
}
function isP2pCell(cell) {
  return P2P_STATUS.test(cell) && cell !== "X";
}
function nvlinkCount(cell) {
  const match = /^NV(\d+)$/.exec(cell ?? "");
  return match ? Number(match[1]) : 0;
}
function legendKey(cell) {
  return /^NV\d+$/.test(cell) ? "NV#" : cell;
}
var KNOWN_LEGEND = {
  X: ["Self"],
  SYS: ["Connection traversing PCIe as well as the SMP interconnect between NUMA nodes (e.g., QPI/UPI)"],
  NODE: ["Connection traversing PCIe as well as the interconnect between PCIe Host Bridges within a NUMA node"],
  PHB: ["Connection traversing PCIe as well as a PCIe Host Bridge (typically the CPU)", "Path traverses a PCIe host bridge"],
  PXB: [
    "Connection traversing multiple PCIe bridges (without traversing the PCIe Host Bridge)",
    "Path traverses multiple PCIe internal switches"
  ],
  PIX: ["Connection traversing at most a single PCIe bridge", "Path traverses a PCIe internal switch"],
  "NV#": ["Connection traversing a bonded set of # NVLinks"],
  SOC: ["Path traverses a socket-level link (e.g. QPI)"],
  OK: ["Status Ok"],
  CNS: ["Chipset not supported"],
  GNS: ["GPU not supported"],
  TNS: ["Topology not supported"],
  NS: ["Not supported"],
  DR: ["Disabled by regkey"],
  U: ["Unknown"]
};
function isCutLegend(key, text2) {
  const known = KNOWN_LEGEND[key];
  if (!known) return false;
  return known.every((full) => full !== text2) && known.some((full) => full.startsWith(text2));
}
function isCpuList(text2) {
  return /^\d+(-\d+)?(,\d+(-\d+)?)*$/.test(text2);
}
var GLUED_HEAD = /^(NODE|SYS|SOC|PHB|PXB|PIX|X|NV\d+(?=[A-Z]|$))/;
function unglue(token) {
  const parts = [];
  let rest = token;
  while (rest.length > 0) {
    const match = GLUED_HEAD.exec(rest);
    if (!match?.[1]) {
      if (parts.length > 0 && isCpuList(rest)) {
        parts.push(rest);
        return parts;
      }
      return null;
    }
    parts.push(match[1]);
    rest = rest.slice(match[1].length);
  }
  return parts.length > 1 ? parts : null;
}

// src/topology/build.ts
function buildNodeTopology(sources) {
  const { topo } = sources;
  const problems = [];
  const islandOf = /* @__PURE__ */ new Map();
  topo.nvlinkIslands.forEach((island, id) => island.forEach((gpu) => islandOf.set(gpu, id)));
  const cell = (a, b) => topo.matrix[a]?.[b] ?? topo.matrix[b]?.[a] ?? null;
  const bonds = [];
  const pcie = [];
  const labels = topo.columns;
  for (let i = 0; i < labels.length; i++) {
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i];
      const b = labels[j];
      const value = cell(a, b);
      if (value === null) continue;
      const links = nvlinkCount(value);
      const ga = /^GPU(\d+)$/.exec(a);
      const gb = /^GPU(\d+)$/.exec(b);
      if (links > 0 && ga && gb) bonds.push({ a: Math.min(+ga[1], +gb[1]), b: Math.max(+ga[1], +gb[1]), links });
      else if (links === 0) pcie.push({ from: a, to: b, path: value === "SOC" ? "SYS" : value });
    }
  }
  bonds.sort((x, y) => x.a - y.a || x.b - y.b);
  const statusByIndex = new Map((sources.nvlinkStatus?.gpus ?? []).map((g) => [g.index, g]));
  const queryByIndex = /* @__PURE__ */ new Map();
  sources.queryGpu?.gpus.forEach((g, row) => queryByIndex.set(g.index ?? row, g));
  const smiGpus = sources.smiQuery?.gpus ?? [];
  const gpus = topo.gpus.map((g) => {
    const status = statusByIndex.get(g.index);
    const query = queryByIndex.get(g.index);
    if (sources.nvlinkStatus && !status) problems.push({ line: 0, message: `GPU${g.index} is in topo -m but not in nvlink -s` });
    return {
      index: g.index,
      name: query?.name ?? status?.name ?? null,
      busId: normaliseBusId(query?.busId ?? null),
      uuid: query?.uuid ?? status?.uuid ?? null,
      serial: query?.serial ?? null,
      cpuAffinity: g.cpuAffinity,
      numaNode: g.numaAffinity !== null && /^\d+$/.test(g.numaAffinity) ? Number(g.numaAffinity) : null,
      island: islandOf.get(g.index) ?? -1,
      nvlink: status ? nvlinkOf(status) : null
    };
  });
  for (const status of sources.nvlinkStatus?.gpus ?? []) {
    if (!topo.gpus.some((g) => g.index === status.index)) problems.push({ line: 0, message: `GPU${status.index} is in nvlink -s but not in topo -m` });
  }
  const speeds = gpus.flatMap((g) => g.nvlink?.linkSpeedGBs != null ? [g.nvlink.linkSpeedGBs] : []);
  const linkSpeedGBs = speeds.length > 0 ? Math.min(...speeds) : null;
  const fabric = smiGpus.find((g) => g.fabric?.clusterUuid && !/^0{8}-0{4}-0{4}-0{4}-0{12}$/.test(g.fabric.clusterUuid))?.fabric;
  return {
    node: sources.node,
    chassis: sources.chassis ?? null,
    nvlinkDomain: fabric?.clusterUuid ? `${fabric.clusterUuid}${fabric.cliqueId ? `.${fabric.cliqueId}` : ""}` : null,
    gpus,
    nics: topo.nics.map((n) => ({ ...n })),
    bonds,
    pcie,
    islands: topo.nvlinkIslands.map((island) => [...island]),
    linkSpeedGBs,
    nvlinkGeneration: nvlinkGeneration(linkSpeedGBs, gpus.find((g) => g.name)?.name ?? null),
    problems
  };
}
function nvlinkOf(status) {
  const active = status.links.filter((l) => l.active && l.speedGBs !== null);
  return {
    links: status.links.map((l) => ({ link: l.link, speedGBs: l.speedGBs })),
    activeLinks: status.activeLinks,
    inactiveLinks: status.links.filter((l) => !l.active).map((l) => l.link),
    linkSpeedGBs: active.length > 0 ? Math.min(...active.map((l) => l.speedGBs)) : null,
    bandwidthGBs: status.totalGBs
  };
}
function nvlinkGeneration(speedGBs, gpuName) {
  if (speedGBs === null) return null;
  if (Math.abs(speedGBs - 53.125) < 0.01) return 5;
  if (Math.abs(speedGBs - 26.562) < 0.01) return 4;
  if (speedGBs === 25) {
    if (gpuName && /A100|A800|A30\b|A40\b/.test(gpuName)) return 3;
    if (gpuName && /V100/.test(gpuName)) return 2;
    return null;
  }
  if (speedGBs === 20) return 1;
  return null;
}
function normaliseBusId(busId) {
  if (!busId) return null;
  const match = /^(?:[0-9a-fA-F]{4}([0-9a-fA-F]{4})|([0-9a-fA-F]{4})):([0-9a-fA-F]{2}):([0-9a-fA-F]{2})\.([0-7])$/.exec(busId.trim());
  if (!match) return busId;
  return `${match[1] ?? match[2]}:${match[3]}:${match[4]}.${match[5]}`.toLowerCase();
}

// src/topology/stored-data.ts
var text = external_exports.string().nullable();
var index = external_exports.number().int().nonnegative();
var StoredTopo = external_exports.looseObject({
  columns: external_exports.array(external_exports.string()),
  gpus: external_exports.array(external_exports.looseObject({ index, cpuAffinity: text, numaAffinity: text })),
  nics: external_exports.array(external_exports.looseObject({ label: external_exports.string(), device: text })),
  matrix: external_exports.record(external_exports.string(), external_exports.record(external_exports.string(), text)),
  nvlinkIslands: external_exports.array(external_exports.array(index))
});
var StoredNvlinkStatus = external_exports.looseObject({
  gpus: external_exports.array(
    external_exports.looseObject({
      index,
      name: text,
      uuid: text,
      links: external_exports.array(external_exports.looseObject({ link: index, active: external_exports.boolean(), speedGBs: external_exports.number().finite().nullable() })),
      activeLinks: external_exports.number().int().nonnegative(),
      totalGBs: external_exports.number().finite()
    })
  )
});
var StoredQueryGpu = external_exports.looseObject({
  gpus: external_exports.array(external_exports.looseObject({ index: index.nullable(), name: text, busId: text, uuid: text, serial: text }))
});
var storedTopo = (value) => StoredTopo.safeParse(value).success ? value : null;
var storedNvlinkStatus = (value) => StoredNvlinkStatus.safeParse(value).success ? value : null;
var storedQueryGpu = (value) => StoredQueryGpu.safeParse(value).success ? value : null;

// src/topology/from-results.ts
function topologiesFromResults(results) {
  const nodes = [];
  const problems = [];
  for (const canary of results.canaries) {
    const found = canaryTopology(canary);
    if (found) nodes.push(found);
    else problems.push({ line: 0, message: `${canary.name}: no parsed topo -m in results.json (topology step missing, failed or skipped)` });
  }
  return { nodes, problems };
}
function canaryTopology(canary) {
  for (const step of canary.steps) {
    const found = topologyFromStepData(canary.name, canary.labels.chassis ?? null, step.data);
    if (found) return found;
  }
  return null;
}
function topologyFromStepData(node, chassis, data) {
  const topo = storedTopo(data.topo);
  if (!topo) return null;
  return buildNodeTopology({ node, chassis, topo, nvlinkStatus: storedNvlinkStatus(data["nvlink-status"]), queryGpu: storedQueryGpu(data["query-gpu"]) });
}

// src/smoke/results-dir.ts
var RESULTS_FILE = "results.json";
var RAW_DIR = "raw";
var TOPOLOGY_FILE = "topology.json";
var MAX_RESULTS_BYTES = 256 * 1024 * 1024;
async function writeResults(dir, results) {
  const parsed = RunResults.safeParse(results);
  if (!parsed.success) {
    throw new Error(`refusing to write an invalid results.json: ${formatIssues(parsed.error.issues).join("; ")}`);
  }
  const unsafe = unsafeRawNames(parsed.data);
  if (unsafe.length > 0) throw new Error(`refusing to write results.json with raw names outside raw/: ${unsafe.join(", ")}`);
  await mkdir(join(dir, RAW_DIR), { recursive: true });
  const target = join(dir, RESULTS_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(parsed.data, null, 2)}
`);
  await rename(temp, target);
  return target;
}
async function writeTopologyDb(dir, results) {
  const target = join(dir, TOPOLOGY_FILE);
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(fleetTopologyDb(topologiesFromResults(results).nodes), null, 2)}
`);
  await rename(temp, target);
  return target;
}
async function readResults(dir) {
  const file = join(dir, RESULTS_FILE);
  let size;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`${file} is not a file`);
    size = info.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`no ${RESULTS_FILE} in ${dir}: expected the directory written by "linkgate smoke --out DIR"`);
  }
  if (size > MAX_RESULTS_BYTES) throw new UsageError(`${file} is ${size} bytes; the limit is ${MAX_RESULTS_BYTES}`);
  return parseResultsText(await readFile(file, "utf8"), file);
}
function parseResultsText(text2, file) {
  let json;
  try {
    json = JSON.parse(text2);
  } catch (error) {
    throw new UsageError(`${file}: not valid JSON (${error.message})`);
  }
  const parsed = RunResults.safeParse(json);
  if (!parsed.success) {
    const lines = formatIssues(parsed.error.issues);
    throw new UsageError(`${file}: not a linkgate results file (${lines.length} problem(s))`, { details: lines.slice(0, 20) });
  }
  const unsafe = unsafeRawNames(parsed.data);
  if (unsafe.length > 0) {
    throw new UsageError(`${file}: raw file names must stay inside raw/`, { details: unsafe.slice(0, 20).map((n) => `unsafe raw name ${JSON.stringify(n)}`) });
  }
  return parsed.data;
}
function rawPath(dir, name) {
  return join(dir, RAW_DIR, name);
}
function isSafeRawName(name) {
  if (name === "" || name.length > 1024 || name.startsWith("/") || /[\0\\]/.test(name)) return false;
  return name.split("/").every((part) => part !== "" && part !== "." && part !== "..");
}
function unsafeRawNames(results) {
  return results.canaries.flatMap((c) => c.steps.flatMap((s) => s.raw.filter((name) => !isSafeRawName(name))));
}
function formatIssues(issues) {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "(root)"}: ${issue.message}`);
}

// src/topology/model.ts
function bondBetween(topology, a, b) {
  if (a === b) return 0;
  const [lo, hi] = a < b ? [a, b] : [b, a];
  return topology.bonds.find((bond) => bond.a === lo && bond.b === hi)?.links ?? 0;
}
function pairSeen(topology, a, b) {
  if (bondBetween(topology, a, b) > 0) return true;
  const [x, y] = [`GPU${a}`, `GPU${b}`];
  return topology.pcie.some((p) => p.from === x && p.to === y || p.from === y && p.to === x);
}

// src/topology/peer-bandwidth.ts
function linkRateGBs(found, expected) {
  return found?.linkSpeedGBs ?? expected?.linkSpeedGBs ?? null;
}
function pairPeakGBs(found, a, b, expected) {
  const rate = linkRateGBs(found, expected);
  if (rate === null) return null;
  const links = found ? pairSeen(found, a, b) ? bondBetween(found, a, b) : null : expected?.nvlinksPerPair ?? null;
  return links ? round(links * rate) : null;
}
function gpuPeakGBs(found, expected) {
  const rate = linkRateGBs(found, expected);
  if (rate === null) return null;
  const withLinks = found?.gpus.filter((g) => g.nvlink !== null) ?? [];
  const active = withLinks.length > 0 ? Math.min(...withLinks.map((g) => g.nvlink.activeLinks)) : expected?.nvlinksPerPair ?? null;
  return active ? round(active * rate) : null;
}
function pairsFromMatrix(matrix, peakOf) {
  const pairs2 = [];
  matrix.forEach(
    (row, a) => row.forEach((value, b) => {
      if (a === b || value === null || !Number.isFinite(value) || value < 0) return;
      const peakGBs = peakOf(a, b);
      pairs2.push({ a, b, GBs: value, peakGBs, fraction: peakGBs ? round(value / peakGBs) : null });
    })
  );
  return pairs2;
}
function p2pPairMatrix(matrices) {
  return matrices.find((m) => m.metric === "bandwidth" && m.direction === "unidirectional" && m.p2p === true)?.values ?? null;
}
function floorForRate(rate, defaultFloor, generations) {
  const generation = rate === null ? void 0 : generations.find((g) => Math.abs(g.rawLinkGBs - rate) / g.rawLinkGBs < 0.01);
  return generation?.floor ?? defaultFloor;
}
function round(x) {
  return Math.round(x * 1e3) / 1e3;
}

// src/smoke/step-data.ts
function keepParsed(data, kind, result) {
  data[kind] = result?.ok ? result.data : null;
}
function kernelLogCheckName(kind) {
  return `kernel-log:${kind}`;
}
var XID_CHECK = kernelLogCheckName("xid");

// src/topology/diff.ts
var SPEED_TOLERANCE = 5e-3;
function diffTopology(expected, found) {
  const findings = [];
  const present = new Set(found.gpus.map((g) => g.index));
  if (found.gpus.length !== expected.gpus) {
    const missing = range(expected.gpus).filter((i) => !present.has(i));
    findings.push({
      kind: "gpu-count",
      message: `expected ${expected.gpus} GPUs, found ${found.gpus.length}${missing.length ? ` (missing GPU${missing.join(", GPU")})` : ""}`,
      gpus: missing,
      expected: expected.gpus,
      actual: found.gpus.length
    });
  }
  const expectedIslands = expected.islands ?? [range(expected.gpus)];
  for (const island of expectedIslands) {
    const members = island.filter((i) => present.has(i));
    const split = /* @__PURE__ */ new Map();
    for (const gpu of members) {
      const id = found.gpus.find((g) => g.index === gpu).island;
      split.set(id, [...split.get(id) ?? [], gpu]);
    }
    if (split.size > 1) {
      const parts = [...split.values()];
      findings.push({
        kind: "island",
        message: `NVLink island [${island.join(",")}] is split into ${parts.map((p) => `[${p.join(",")}]`).join(" ")}`,
        gpus: island,
        expected: island,
        actual: parts
      });
    }
    if (expected.nvlinksPerPair === void 0) continue;
    for (const [a, b] of pairs(members)) {
      if (!pairSeen(found, a, b)) {
        findings.push({ kind: "pair-unseen", message: `GPU${a}\u2194GPU${b}: not shown by topo -m`, gpus: [a, b], expected: expected.nvlinksPerPair, actual: null });
        continue;
      }
      const links = bondBetween(found, a, b);
      if (links !== expected.nvlinksPerPair) {
        findings.push({
          kind: "pair-links",
          message: `GPU${a}\u2194GPU${b}: expected NV${expected.nvlinksPerPair}, found ${links === 0 ? "no NVLink" : `NV${links}`}`,
          gpus: [a, b],
          expected: expected.nvlinksPerPair,
          actual: links
        });
      }
    }
  }
  findings.push(...diffLinks(expected, found));
  return findings;
}
function diffLinks(expected, found) {
  const findings = [];
  const explicit = expected.activeLinksPerGpu !== void 0 || expected.linkSpeedGBs !== void 0;
  const floors = activeLinkFloors(expected);
  for (const gpu of found.gpus) {
    if (!gpu.nvlink) {
      if (explicit) findings.push({ kind: "nvlink-missing", message: `GPU${gpu.index}: no nvlink -s data to check links against`, gpus: [gpu.index], expected: "nvlink -s", actual: null });
      continue;
    }
    const floor = floors(gpu.index);
    if (floor !== void 0 && gpu.nvlink.activeLinks < floor) findings.push(inactiveFinding(found, gpu, floor));
  }
  if (expected.linkSpeedGBs !== void 0) {
    const slowest = expected.linkSpeedGBs * (1 - SPEED_TOLERANCE);
    for (const gpu of found.gpus) {
      for (const link of gpu.nvlink?.links ?? []) {
        if (link.speedGBs !== null && link.speedGBs < slowest) {
          findings.push({
            kind: "link-speed",
            message: `GPU${gpu.index} link ${link.link}: ${link.speedGBs} GB/s, expected ${expected.linkSpeedGBs} GB/s`,
            gpus: [gpu.index],
            link: link.link,
            expected: expected.linkSpeedGBs,
            actual: link.speedGBs
          });
        }
      }
    }
  }
  return findings;
}
function activeLinkFloors(expected) {
  if (expected.activeLinksPerGpu !== void 0) return () => expected.activeLinksPerGpu;
  const perPair = expected.nvlinksPerPair;
  if (!perPair) return () => void 0;
  const islands = expected.islands ?? [range(expected.gpus)];
  const withPeers = new Set(islands.filter((i) => i.length > 1).flat());
  return (gpu) => withPeers.has(gpu) ? perPair : void 0;
}
function inactiveFinding(found, gpu, floor) {
  const nvlink = gpu.nvlink;
  const upElsewhere = new Set(
    found.gpus.filter((g) => g !== gpu && g.nvlink).flatMap((g) => g.nvlink.links.map((l) => l.link).filter((l) => !g.nvlink.inactiveLinks.includes(l)))
  );
  const suspect = nvlink.inactiveLinks.filter((l) => upElsewhere.has(l));
  const down = suspect.length > 0 ? suspect : nvlink.inactiveLinks;
  const peers = found.gpus.filter((p) => p.index !== gpu.index && bondBetween(found, gpu.index, p.index) > 0).map((p) => p.index);
  const who = peers.length === 1 ? `GPU${gpu.index}\u2194GPU${peers[0]}` : `GPU${gpu.index}`;
  const which = down.length === 0 ? "" : `, link${down.length === 1 ? "" : "s"} ${down.join(", ")} inactive`;
  return {
    kind: "link-inactive",
    message: `${who}: ${nvlink.activeLinks}/${floor} NVLinks active${which}`,
    gpus: peers.length === 1 ? [gpu.index, peers[0]] : [gpu.index],
    expected: floor,
    actual: nvlink.activeLinks
  };
}
function range(n) {
  return Array.from({ length: n }, (_, i) => i);
}
function pairs(items) {
  const out = [];
  for (let i = 0; i < items.length; i++) for (let j = i + 1; j < items.length; j++) out.push([items[i], items[j]]);
  return out;
}

export {
  fleetTopologyDb,
  isConnectionCell,
  isP2pCell,
  nvlinkCount,
  legendKey,
  isCutLegend,
  isCpuList,
  unglue,
  buildNodeTopology,
  topologiesFromResults,
  canaryTopology,
  topologyFromStepData,
  RAW_DIR,
  writeResults,
  writeTopologyDb,
  readResults,
  rawPath,
  isSafeRawName,
  keepParsed,
  kernelLogCheckName,
  XID_CHECK,
  bondBetween,
  linkRateGBs,
  pairPeakGBs,
  gpuPeakGBs,
  pairsFromMatrix,
  p2pPairMatrix,
  floorForRate,
  diffTopology,
  diffLinks
};
