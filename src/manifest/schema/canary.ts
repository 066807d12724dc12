import { z } from 'zod';
import { parseHostKeyPin } from '../../remote/host-key-pin.js';
import { SecretRef } from './signing.js';

export const HostKeyPinText = z.string().superRefine((text, ctx) => {
  const parsed = parseHostKeyPin(text);
  if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message });
});

const Hook = z
  .array(z.string())
  .min(1)
  .describe('A command as argv, run on the node over SSH (never through a local shell).');

export const ExpectedTopology = z
  .object({
    gpus: z.number().int().nonnegative().describe('GPUs the node must show.'),
    nvlinksPerPair: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('NVLinks between every pair of GPUs in an island (e.g. 18 for H100 NV18).'),
    linkSpeedGBs: z.number().positive().optional().describe('Per-link speed in GB/s as nvidia-smi nvlink -s prints it.'),
    activeLinksPerGpu: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .describe('Active NVLinks every GPU must show in nvidia-smi nvlink -s (e.g. 18 for H100 SXM, 12 for A100 SXM).'),
    islands: z
      .array(z.array(z.number().int().nonnegative()))
      .optional()
      .describe('Expected NVLink islands as GPU index lists; default: all GPUs in one island.'),
  })
  .strict();

export type ExpectedTopology = z.infer<typeof ExpectedTopology>;

export const Canary = z
  .object({
    name: z
      .string()
      .regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'canary names are lower-case letters, digits, ., _ and - (at most 63)'),
    host: z.string().min(1).describe('Hostname or address.'),
    port: z.number().int().min(1).max(65535).default(22),
    user: z.string().min(1),
    identity: SecretRef.optional().describe('Private key for the user; default: the SSH_PRIVATE_KEY environment variable.'),
    hostKeys: z
      .array(HostKeyPinText)
      .default([])
      .describe('Pinned host keys (several while rotating): SHA256 fingerprints, public keys or known_hosts lines.'),
    hostKeyPolicy: z
      .enum(['pinned', 'insecure-accept-new'])
      .default('pinned')
      .describe('insecure-accept-new trusts the first key it sees and warns loudly; for labs only.'),
    jump: z
      .object({
        host: z.string().min(1),
        port: z.number().int().min(1).max(65535).default(22),
        user: z.string().min(1),
        hostKeys: z.array(HostKeyPinText).min(1, 'at least one pinned host key is required'),
      })
      .strict()
      .optional()
      .describe('A ProxyJump host.'),
    labels: z
      .record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'label names are lower-case words'), z.string())
      .default({})
      .describe('Free-form labels such as chassis, rack or node class.'),
    control: z.boolean().default(false).describe('A control canary keeps the known-good build.'),
    expected: ExpectedTopology.optional(),
    driver: z
      .object({
        module: z.string().default('nvidia'),
        load: z.enum(['modprobe', 'insmod']).default('modprobe'),
        path: z.string().optional().describe('Module file on the node (for insmod and the sha256 check).'),
      })
      .strict()
      .prefault({}),
    boot: z
      .object({
        strategy: z
          .enum(['ab-slots', 'hooks', 'none'])
          .default('none')
          .describe(
            'How deploy, promote and rollback reach the bootloader (docs/canary.md): hooks = the hooks drive the node\'s own boot entries; ab-slots = the hooks address two fixed slots a/b and linkgate keeps the slot table on the node; none = linkgate never touches the boot.',
          ),
        install: Hook.optional(),
        reboot: Hook.optional(),
        rollback: Hook.optional(),
        promote: Hook.optional(),
        stagingDir: z
          .string()
          .regex(/^\/[\w./+-]*$/, 'an absolute path of letters, digits and . _ - + /')
          .optional()
          .describe('Folder on the node that receives kernel images and modules before boot.install runs (and the ab-slots slot table); default /var/tmp/linkgate.'),
      })
      .strict()
      .prefault({}),
  })
  .strict()
  .superRefine((canary, ctx) => {
    if (canary.hostKeyPolicy === 'pinned' && canary.hostKeys.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['hostKeys'], message: 'at least one pinned host key is required' });
    }
    if (canary.boot.strategy === 'hooks' || canary.boot.strategy === 'ab-slots') {
      for (const hook of ['install', 'reboot', 'rollback'] as const) {
        if (!canary.boot[hook]) {
          ctx.addIssue({ code: 'custom', path: ['boot', hook], message: `boot strategy "${canary.boot.strategy}" needs a ${hook} hook` });
        }
      }
    }
  });
export type Canary = z.infer<typeof Canary>;
