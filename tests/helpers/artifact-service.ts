import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A LOCAL STAND-IN for GitHub's artifact service (a cloud service that cannot run here). It speaks
 * just enough of the protocol @actions/artifact 6 uses for an upload, read from the library's code:
 *
 * - Twirp JSON: POST /twirp/github.actions.results.api.v1.ArtifactService/CreateArtifact and
 *   /FinalizeArtifact, bearer-authenticated with ACTIONS_RUNTIME_TOKEN (a JWT whose `scp` claim
 *   carries `Actions.Results:<run backend id>:<job backend id>`);
 * - the Azure Blob "block blob" upload the signed URL points at: PUT ?comp=block&blockid=… per
 *   chunk, then PUT ?comp=blocklist with the XML block list.
 *
 * It enforces what the real service enforces that matters to us — the token, names unique per
 * workflow run (409), a finalize whose size and sha256 match the committed blob — and keeps the
 * bytes so tests can unzip exactly what was uploaded. It does not model retention, listing,
 * downloads or rate limits.
 */
export interface StoredUpload {
  id: number;
  name: string;
  runBackendId: string;
  jobBackendId: string;
  mimeType: string | null;
  bytes: Buffer;
  hash: string | null;
  finalized: boolean;
}

export interface ArtifactServiceStandIn {
  url: string;
  /** Environment for the uploading process: ACTIONS_RUNTIME_TOKEN, ACTIONS_RESULTS_URL. */
  env: Record<string, string>;
  uploads: StoredUpload[];
  /** Every request line, for assertions about what the client called. */
  calls: string[];
  close(): Promise<void>;
}

const SERVICE = '/twirp/github.actions.results.api.v1.ArtifactService/';

export function runtimeToken(runBackendId: string, jobBackendId: string): string {
  const b64 = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ scp: `Actions.ExampleScope Actions.Results:${runBackendId}:${jobBackendId}` })}.`;
}

export async function startArtifactService(): Promise<ArtifactServiceStandIn> {
  const runBackendId = `run-${randomBytes(4).toString('hex')}`;
  const jobBackendId = `job-${randomBytes(4).toString('hex')}`;
  const token = runtimeToken(runBackendId, jobBackendId);
  const sig = randomBytes(12).toString('hex');
  const uploads: StoredUpload[] = [];
  const blocks = new Map<number, Map<string, Buffer>>();
  const calls: string[] = [];
  let nextId = 1000;

  const server: Server = createServer((req, res) => {
    void handle(req, res).catch((error: unknown) => reply(res, 500, { code: 'internal', msg: String(error) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const u = new URL(req.url ?? '/', url);
    calls.push(`${req.method} ${u.pathname}${u.searchParams.get('comp') ? `?comp=${u.searchParams.get('comp')}` : ''}`);

    if (u.pathname.startsWith(SERVICE) && req.method === 'POST') {
      if (req.headers.authorization !== `Bearer ${token}`) return reply(res, 401, { code: 'unauthenticated', msg: 'bad token' });
      const msg = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
      if (msg.workflow_run_backend_id !== runBackendId || msg.workflow_job_run_backend_id !== jobBackendId) {
        return reply(res, 400, { code: 'invalid_argument', msg: 'backend ids do not match the token' });
      }
      const method = u.pathname.slice(SERVICE.length);
      if (method === 'CreateArtifact') {
        const name = String(msg.name);
        if (uploads.some((a) => a.name === name && a.runBackendId === runBackendId)) {
          return reply(res, 409, { code: 'already_exists', msg: 'an artifact with this name already exists on the workflow run' });
        }
        const id = nextId++;
        uploads.push({ id, name, runBackendId, jobBackendId, mimeType: typeof msg.mime_type === 'string' ? msg.mime_type : null, bytes: Buffer.alloc(0), hash: null, finalized: false });
        return reply(res, 200, { ok: true, signed_upload_url: `${url}/devstoreaccount1/actions-results/${id}/${encodeURIComponent(name)}.zip?sig=${sig}&se=2099-01-01` });
      }
      if (method === 'FinalizeArtifact') {
        const artifact = uploads.find((a) => a.name === msg.name && !a.finalized);
        if (!artifact) return reply(res, 404, { code: 'not_found', msg: 'no such artifact' });
        const digest = `sha256:${createHash('sha256').update(artifact.bytes).digest('hex')}`;
        if (String(msg.size) !== String(artifact.bytes.length)) return reply(res, 400, { code: 'invalid_argument', msg: `size ${String(msg.size)} != ${artifact.bytes.length}` });
        if (msg.hash !== digest) return reply(res, 400, { code: 'invalid_argument', msg: `hash ${String(msg.hash)} != ${digest}` });
        artifact.hash = digest;
        artifact.finalized = true;
        return reply(res, 200, { ok: true, artifact_id: String(artifact.id) });
      }
      return reply(res, 404, { code: 'bad_route', msg: `no method ${method}` });
    }

    const blob = /^\/devstoreaccount1\/actions-results\/(\d+)\//.exec(u.pathname);
    if (blob && req.method === 'PUT') {
      if (u.searchParams.get('sig') !== sig) return reply(res, 403, { code: 'AuthenticationFailed' });
      const artifact = uploads.find((a) => a.id === Number(blob[1]));
      if (!artifact || artifact.finalized) return reply(res, 404, { code: 'BlobNotFound' });
      const staged = blocks.get(artifact.id) ?? new Map<string, Buffer>();
      blocks.set(artifact.id, staged);
      const comp = u.searchParams.get('comp');
      if (comp === 'block') {
        staged.set(u.searchParams.get('blockid') ?? '', body);
        return blobReply(res);
      }
      if (comp === 'blocklist') {
        const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted|Committed)>([^<]*)<\//g)].map((m) => m[1]!);
        const missing = ids.filter((id) => !staged.has(id));
        if (missing.length > 0) return reply(res, 400, { code: 'InvalidBlockList' });
        artifact.bytes = Buffer.concat(ids.map((id) => staged.get(id)!));
        return blobReply(res);
      }
      if (comp === null) {
        // A single-shot Put Blob, in case the SDK chooses it for a small body.
        artifact.bytes = body;
        return blobReply(res);
      }
    }
    reply(res, 404, { code: 'not_found', msg: `${req.method} ${u.pathname}` });
  }

  return {
    url,
    env: { ACTIONS_RUNTIME_TOKEN: token, ACTIONS_RESULTS_URL: `${url}/` },
    uploads,
    calls,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function reply(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

function blobReply(res: ServerResponse): void {
  res.writeHead(201, {
    etag: `"0x${randomBytes(8).toString('hex').toUpperCase()}"`,
    'last-modified': new Date().toUTCString(),
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-version': '2025-01-05',
    'x-ms-request-server-encrypted': 'true',
    date: new Date().toUTCString(),
  });
  res.end();
}
