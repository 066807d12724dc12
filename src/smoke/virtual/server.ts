import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import ssh2, { type Connection, type ServerChannel } from 'ssh2';
import { type Recording, type Bundle } from '../bundle/format.js';
import { argvKey, bootstrapLength, readExecRequest } from './command-words.js';

const { Server, utils } = ssh2;

/**
 * A virtual canary: a real SSH endpoint on 127.0.0.1 (random port, fresh ed25519 host key, one
 * accepted client key) that answers the suite's commands from a capture bundle. A command the bundle
 * recorded is replayed byte for byte (stdout, stderr, exit status); anything else runs for real on
 * this machine through /bin/sh, with linkgate's kill wrapper intact. The client side is the product's
 * own connectSsh, with the host key pinned, so the whole pipeline runs unchanged.
 */
export interface VirtualCanary {
  host: '127.0.0.1';
  port: number;
  user: string;
  /** `ssh-ed25519 AAAA…`: pin this. */
  hostPublicKey: string;
  /** The client's private key (OpenSSH format), in memory only. */
  clientPrivateKey: string;
  /** Commands answered so far, for tests and logs. */
  readonly served: { argv: string[] | null; replayed: boolean }[];
  close(): Promise<void>;
}

export const VIRTUAL_USER = 'linkgate';

/**
 * ssh2's ed25519 keygen strips a leading zero byte of the public key, so ~1 in 256 pairs cannot be
 * parsed back ("Malformed OpenSSH public key", mscdex/ssh2 #1390): draw again until both halves parse.
 */
function usableKeyPair(): { private: string; public: string } {
  for (let attempt = 0; ; attempt++) {
    const pair = utils.generateKeyPairSync('ed25519');
    if (!(utils.parseKey(pair.public) instanceof Error) && !(utils.parseKey(pair.private) instanceof Error)) return pair;
    if (attempt >= 16) throw new Error('could not generate a usable ed25519 key pair');
  }
}

export async function startVirtualCanary(bundle: Bundle): Promise<VirtualCanary> {
  const hostKey = usableKeyPair();
  const clientKey = usableKeyPair();
  const accepted = utils.parseKey(clientKey.public);
  if (accepted instanceof Error) throw accepted;
  const queues = new Map<string, Recording[]>();
  for (const recording of bundle.recordings) {
    const key = argvKey(recording.command.argv);
    queues.set(key, [...(queues.get(key) ?? []), recording]);
  }
  const served: VirtualCanary['served'] = [];
  const connections = new Set<Connection>();
  const children = new Set<number>();

  const server = new Server({ hostKeys: [hostKey.private] }, (client) => {
    connections.add(client);
    client.on('close', () => connections.delete(client));
    client.on('error', () => client.end());
    client.on('authentication', (ctx) => {
      if (ctx.method !== 'publickey' || ctx.username !== VIRTUAL_USER) return ctx.reject(['publickey']);
      const same = ctx.key.algo === accepted.type && ctx.key.data.equals(accepted.getPublicSSH());
      if (!same) return ctx.reject(['publickey']);
      if (ctx.signature && ctx.blob && accepted.verify(ctx.blob, ctx.signature, ctx.hashAlgo) !== true) return ctx.reject(['publickey']);
      ctx.accept();
    });
    client.on('ready', () => {
      client.on('session', (accept) => {
        const session = accept();
        let kill: ((signal: string) => void) | null = null;
        session.on('env', (ok) => ok?.());
        session.on('pty', (_ok, reject) => reject?.());
        session.on('sftp', (_ok, reject) => reject?.());
        session.on('signal', (ok, _reject, info) => {
          ok?.();
          kill?.(info.name.replace(/^SIG/, ''));
        });
        session.on('exec', (ok, _reject, info) => {
          const stream = ok();
          kill = answer(stream, info.command, queues, served, children);
        });
      });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    host: '127.0.0.1',
    port,
    user: VIRTUAL_USER,
    hostPublicKey: hostKey.public.trim().split(/\s+/).slice(0, 2).join(' '),
    clientPrivateKey: clientKey.private,
    served,
    close: async () => {
      for (const pid of children) killGroup(pid, 'SIGKILL');
      for (const c of connections) c.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Serves one exec request; returns how to deliver a signal to it. */
function answer(
  stream: ServerChannel,
  command: string,
  queues: Map<string, Recording[]>,
  served: VirtualCanary['served'],
  children: Set<number>,
): (signal: string) => void {
  let stopped: ((signal: string) => void) | null = null;
  let pendingSignal: string | null = null;
  const deliver = (signal: string): void => {
    if (stopped) stopped(signal);
    else pendingSignal = signal;
  };
  const bootstrap = bootstrapLength(command);
  readPrefix(stream, bootstrap ?? 0, (prefix, rest) => {
    const real = bootstrap === null ? command : prefix.toString('utf8');
    const request = readExecRequest(real);
    const queue = request ? lookup(queues, request.argv) : undefined;
    const recording = queue && queue.length > 1 ? queue.shift()! : queue?.[0];
    served.push({ argv: request?.argv ?? null, replayed: recording !== undefined });
    stopped = recording ? replay(stream, recording, request!.wrapped) : runForReal(stream, real, rest, children);
    if (pendingSignal) stopped(pendingSignal);
  });
  return deliver;
}

/** The recordings of exactly this argv; else of its longest suffix (a wrapper we do not know, e.g. `sudo -n CMD`). */
function lookup(queues: Map<string, Recording[]>, argv: readonly string[]): Recording[] | undefined {
  for (let start = 0; start < argv.length; start++) {
    const queue = queues.get(argvKey(argv.slice(start)));
    if (queue) return queue;
  }
  return undefined;
}

/** Reads the first `n` bytes of the channel's stdin, then hands over what came after them. */
function readPrefix(stream: ServerChannel, n: number, then: (prefix: Buffer, rest: Buffer) => void): void {
  if (n === 0) return then(Buffer.alloc(0), Buffer.alloc(0));
  let got = Buffer.alloc(0);
  const onData = (chunk: Buffer): void => {
    got = Buffer.concat([got, chunk]);
    if (got.length < n) return;
    stream.off('data', onData);
    then(got.subarray(0, n), got.subarray(n));
  };
  stream.on('data', onData);
}

function replay(stream: ServerChannel, recording: Recording, wrapped: boolean): (signal: string) => void {
  let done = false;
  const finish = (signal: string | null): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    if (signal) stream.exit(signal, false, '');
    else {
      if (recording.stdout.length) stream.write(recording.stdout);
      if (recording.stderr.length) stream.stderr.write(recording.stderr);
      if (recording.command.signal) stream.exit(recording.command.signal, false, '');
      else stream.exit(recording.command.exitCode ?? 0);
    }
    stream.end();
  };
  // linkgate's client sends EOF only on timeout, cancel or after the exit, and its wrapper then kills
  // the command: a replay does the same. (A plain `ssh host cmd` sends EOF at once; that is no kill.)
  stream.on('data', () => undefined);
  stream.on('end', () => {
    if (wrapped) finish('KILL');
  });
  stream.on('close', () => finish('KILL'));
  const timer = setTimeout(() => finish(null), recording.command.replayDelayMs);
  return (signal) => finish(signal);
}

function runForReal(stream: ServerChannel, command: string, stdinRest: Buffer, children: Set<number>): (signal: string) => void {
  const child = spawn('/bin/sh', ['-c', command], {
    // Its own process group: linkgate's wrapper ends with `kill -s KILL 0`, which must not reach us.
    detached: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', HOME: process.env.HOME ?? '/', LANG: 'C.UTF-8' },
  });
  const pid = child.pid;
  if (pid !== undefined) children.add(pid);
  child.stdin.on('error', () => undefined);
  if (stdinRest.length) child.stdin.write(stdinRest);
  stream.on('data', (chunk: Buffer) => child.stdin.write(chunk));
  stream.on('end', () => child.stdin.end());
  stream.on('close', () => pid !== undefined && killGroup(pid, 'SIGKILL'));
  child.stdout.on('data', (chunk: Buffer) => stream.write(chunk));
  child.stderr.on('data', (chunk: Buffer) => stream.stderr.write(chunk));
  child.on('error', (error) => {
    stream.stderr.write(`linkgate virtual canary: cannot start /bin/sh: ${error.message}\n`);
    stream.exit(127);
    stream.end();
  });
  child.on('close', (code, signal) => {
    if (pid !== undefined) children.delete(pid);
    if (signal) stream.exit(signal.replace(/^SIG/, ''), false, '');
    else stream.exit(code ?? 0);
    stream.end();
  });
  return (signal) => {
    if (pid !== undefined) killGroup(pid, `SIG${signal}` as NodeJS.Signals);
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}
