import { z } from 'zod';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a sha256 as 64 lower-case hex digits');

export const KernelSource = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('git'),
      url: z.string().min(1).describe('Clone URL (https, ssh or a local path).'),
      ref: z.string().min(1).describe('Branch or tag, for humans; the commit is what is built.'),
      commit: z
        .string()
        .regex(/^[0-9a-f]{40}$/, 'expected a full 40-hex-digit commit id')
        .describe('The commit the ref must resolve to: builds are pinned.'),
    })
    .strict(),
  z
    .object({
      type: z.literal('tarball'),
      path: z.string().min(1).describe('Path to a .tar.{xz,gz,bz2} holding the tree (e.g. Debian linux-source-6.1).'),
      sha256: Sha256.describe('Expected sha256 of the tarball; a mismatch stops the build.'),
    })
    .strict(),
  z
    .object({
      type: z.literal('local'),
      path: z.string().min(1).describe('An unpacked kernel tree; built out of tree (O=), never modified.'),
    })
    .strict(),
]);

export const ConfigFragment = z
  .object({
    path: z.string().min(1).describe('A Kconfig fragment (CONFIG_X=y lines).'),
    policy: z
      .enum(['fail', 'warn'])
      .default('fail')
      .describe('What a dropped option does: fail the build (default) or warn.'),
  })
  .strict();

export const Kernel = z
  .object({
    source: KernelSource.describe('Where the kernel tree comes from, pinned.'),
    arch: z.enum(['riscv64', 'arm64', 'x86_64']).default('riscv64').describe('Target architecture.'),
    toolchain: z
      .object({
        crossCompile: z
          .string()
          .default('riscv64-linux-gnu-')
          .describe('CROSS_COMPILE prefix; the Debian package gcc-riscv64-linux-gnu provides the default.'),
        ccache: z.boolean().default(true).describe('Use ccache when it is installed.'),
        ccacheDir: z
          .string()
          .min(1)
          .optional()
          .describe('CCACHE_DIR for the build (restore/save it with actions/cache); default: ccache\'s own.'),
      })
      .strict()
      .prefault({}),
    config: z
      .object({
        base: z
          .string()
          .min(1)
          .default('defconfig')
          .describe('defconfig, tinyconfig, allnoconfig or a path to a full .config.'),
        fragments: z.array(ConfigFragment).default([]).describe('Merged in order with merge_config.sh, then audited.'),
      })
      .strict()
      .prefault({}),
    patches: z
      .array(z.string().min(1))
      .default([])
      .describe('Vendor BSP patches, applied in order (git am, or patch -p1 for non-git trees).'),
    targets: z
      .array(z.enum(['Image', 'vmlinux', 'modules', 'dtbs']))
      .min(1)
      .default(['Image', 'modules'])
      .describe('make targets.'),
    jobs: z.number().int().positive().optional().describe('make -j; default: the number of CPUs.'),
  })
  .strict();
export type Kernel = z.infer<typeof Kernel>;

export const OutOfTreeModule = z
  .object({
    name: z.string().regex(/^[A-Za-z0-9_-]+$/, 'module names are letters, digits, - and _'),
    path: z.string().min(1).describe('Directory with the module Kbuild/Makefile; built with make M=.'),
  })
  .strict();
