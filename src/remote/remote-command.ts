import { UsageError } from '../core/errors.js';

/**
 * Builds the one string an SSH `exec` request carries. sshd hands it to the user's login shell as
 * `$SHELL -c STRING`, so every argv element is single-quoted here and nowhere else; the login shell
 * must be POSIX (sh, bash, dash, ash; not csh or fish).
 *
 * The command runs under a small POSIX wrapper, because closing an SSH channel or dropping the
 * connection does NOT kill the remote process (measured: OpenSSH and dropbear both leave it running):
 * - the command gets its own process group via `setsid` (util-linux or busybox). Trap: dropbear does
 *   not give a session its own group (all sessions of a connection share the dropbear child's), so
 *   `kill 0` from a session would kill its neighbours;
 * - a watchdog reads the channel's stdin: EOF (we send it on timeout, on cancel and after `exit`;
 *   sshd closes it when the connection drops) kills the command's group, including anything it left
 *   in the background, so no step hangs on a stray child holding stdout open;
 * - with a timeout, a deadline inside the group kills it too, for when the client cannot say EOF
 *   (link down, client killed on a half-open TCP connection).
 * Without `setsid` on the host only the command's own process is killed. A command that daemonizes
 * with its own setsid() escapes, as it would escape any SSH client.
 */
const GROUP = [
  'if [ "$1" -gt 0 ]; then (sleep "$1"; if [ "$2" = 1 ]; then kill -s KILL -- 0; else kill -s KILL -- $$; fi) >/dev/null 2>&1 </dev/null & fi',
  'shift 2',
  'exec "$@"',
].join('\n');

const WRAPPER = [
  'G=$1 d=$2 n=$3 e=$4 f=; shift 4',
  'while [ "$e" -gt 0 ]; do export "$1"; shift; e=$((e-1)); done',
  'exec 3<&0 </dev/null',
  // The deadline needs one more shell inside the group; without a timeout the command goes alone.
  'g=0; command -v setsid >/dev/null 2>&1 && g=1',
  'if [ "$d" -gt 0 ]; then set -- /bin/sh -c "$G" linkgate-group "$d" "$g" "$@"; fi',
  'if [ "$g" = 1 ]; then set -- setsid "$@"; fi',
  'if [ "$n" -gt 0 ]; then f=$(mktemp) || exit 125; head -c "$n" <&3 >"$f"; "$@" <"$f" 3<&- & else "$@" 3<&- & fi',
  'p=$!',
  '(cat <&3 >/dev/null 2>&1; [ -n "$f" ] && rm -f "$f"; if [ "$g" = 1 ]; then kill -s KILL -- -"$p"; else kill -s KILL -- "$p"; fi) >/dev/null 2>&1 </dev/null &',
  'wait "$p"; rc=$?',
  '[ -n "$f" ] && rm -f "$f"',
  // A command killed by a signal: die by the same signal so that the client sees `exit-signal`.
  // Trap: a shell cannot tell "killed by signal N" from "exit 128+N", and some tools exit with an
  // errno (busybox insmod exits 129 for EKEYREJECTED), so only the signals that kill commands in
  // practice are re-raised: INT QUIT ABRT KILL SEGV PIPE TERM.
  'case "$rc" in 130|131|134|137|139|141|143) s=$(kill -l "$rc" 2>/dev/null) && kill -s "$s" $$;; esac',
  'exit "$rc"',
].join('\n');

/**
 * Size limits. dropbear drops the whole connection on a packet over ~32 KiB (its receive limit), so
 * a command longer than INLINE_LIMIT travels on the channel's stdin instead and a short bootstrap
 * reads it with `head -c` (which never reads past its count, so the rest of stdin stays for the
 * command and the watchdog). Linux then still caps each argument at 128 KiB (MAX_ARG_STRLEN) and
 * all of them together at ARG_MAX; we stop well below both.
 */
export const INLINE_LIMIT_BYTES = 16 * 1024;
export const MAX_ARGUMENT_BYTES = 120 * 1024;
export const MAX_COMMAND_BYTES = 1024 * 1024;

/** Seconds between the client's timeout and the remote deadline that kills the group by itself. */
export const REMOTE_DEADLINE_SLACK_S = 5;

export interface RemoteCommand {
  /** The exec request's command string. */
  command: string;
  /** Bytes to write to the channel first (the real command, when it is too long to go inline). */
  preamble: Buffer | null;
}

const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface RemoteCommandSpec {
  argv: readonly string[];
  env?: Readonly<Record<string, string>>;
  timeoutMs?: number;
  /** Bytes of stdin the command gets; the rest of the channel's stdin is the watchdog's. */
  stdinBytes?: number;
}

/** POSIX single quotes: the only quoting in which no character is special. */
export function quoteForShell(arg: string): string {
  return `'${arg.replace(/'/g, `'\\''`)}'`;
}

export function buildRemoteCommand(spec: RemoteCommandSpec): RemoteCommand {
  if (spec.argv.length === 0 || spec.argv[0] === '') throw new UsageError('remote command: argv is empty');
  const env = Object.entries(spec.env ?? {});
  for (const [name, value] of env) {
    if (!ENV_NAME.test(name)) throw new UsageError(`remote command: invalid environment variable name ${JSON.stringify(name)}`);
    if (value.includes('\0')) throw new UsageError(`remote command: environment variable ${name} contains a NUL byte`);
  }
  if (spec.argv.some((arg) => arg.includes('\0'))) {
    throw new UsageError('remote command: an argument contains a NUL byte, which no remote argv can carry');
  }
  const deadline = spec.timeoutMs === undefined ? 0 : Math.ceil(spec.timeoutMs / 1000) + REMOTE_DEADLINE_SLACK_S;
  const words = [
    'exec',
    '/bin/sh',
    '-c',
    quoteForShell(WRAPPER),
    'linkgate-exec',
    quoteForShell(GROUP),
    String(deadline),
    String(spec.stdinBytes ?? 0),
    String(env.length),
    ...env.map(([name, value]) => quoteForShell(`${name}=${value}`)),
    ...spec.argv.map(quoteForShell),
  ];
  for (const word of words) {
    if (Buffer.byteLength(word) > MAX_ARGUMENT_BYTES) {
      throw new UsageError(
        `remote command: one argument is ${Buffer.byteLength(word)} bytes after quoting; the limit is ${MAX_ARGUMENT_BYTES} (Linux caps one argument at 128 KiB). Upload long input as a file and pass its path.`,
      );
    }
  }
  const command = words.join(' ');
  const bytes = Buffer.byteLength(command);
  if (bytes > MAX_COMMAND_BYTES) {
    throw new UsageError(`remote command is ${bytes} bytes after quoting; the limit is ${MAX_COMMAND_BYTES}. Upload long input as a file and pass its path.`);
  }
  if (bytes <= INLINE_LIMIT_BYTES) return { command, preamble: null };
  return { command: `eval "$(head -c ${bytes})"`, preamble: Buffer.from(command) };
}
