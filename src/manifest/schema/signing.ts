import { z } from 'zod';

/** A secret comes from an environment variable (CI secret) or a file; never inline in the manifest. */
export const SecretRef = z
  .object({
    env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected an environment variable name').optional(),
    file: z.string().min(1).optional(),
  })
  .strict()
  .refine((ref) => (ref.env === undefined) !== (ref.file === undefined), 'give exactly one of env or file');

export const Signing = z
  .object({
    key: SecretRef.describe('The module signing private key (PEM).'),
    cert: z.string().min(1).describe('The X.509 certificate (PEM or DER) matching the key.'),
    hash: z.enum(['sha256', 'sha384', 'sha512']).default('sha256'),
    strip: z.boolean().default(false).describe('Strip debug info before signing.'),
    method: z
      .enum(['auto', 'sign-file', 'openssl'])
      .default('auto')
      .describe("auto: the kernel tree's scripts/sign-file when present, else openssl CMS."),
  })
  .strict();
