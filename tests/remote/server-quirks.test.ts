import { describe, expect, it } from 'vitest';
import { needsSerialChannels } from '../../src/remote/server-quirks.js';

describe('needsSerialChannels', () => {
  it.each([
    ['dropbear_2022.83', true],
    ['dropbear_2024.85', true],
    ['dropbear_2020.81', true],
    ['dropbear_2024.86', false],
    ['dropbear_2025.88', false],
    ['OpenSSH_9.2p1', false],
    [undefined, false],
    ['', false],
  ])('%s → %s', (software, expected) => {
    expect(needsSerialChannels(software)).toBe(expected);
  });
});
