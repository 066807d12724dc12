import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/hardware/**', 'node_modules/**'],
    testTimeout: 60_000,
    hookTimeout: 600_000,
    // Tests that start sshd, QEMU or a kernel build share the 2 cores; keep files from starving each other.
    maxWorkers: 2,
    reporters: ['default'],
  },
});
