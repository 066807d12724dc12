import { describe, expect, it } from 'vitest';
import { MAX_FRAGMENT_BYTES, parseDotConfig, parseFragment } from '../../src/kernel/kconfig-fragment.js';

describe('parseFragment', () => {
  it('reads assignments and "is not set" lines with their line numbers; CONFIG_X=n is the same request', () => {
    const parsed = parseFragment('# comment\nCONFIG_A=y\n\n# CONFIG_B is not set\nCONFIG_C=n\nCONFIG_D=m\nCONFIG_E="certs/signing_key.pem"\nCONFIG_F=0x1000\nCONFIG_G=-3\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries).toEqual([
      { symbol: 'CONFIG_A', value: 'y', line: 2 },
      { symbol: 'CONFIG_B', value: 'n', line: 4 },
      { symbol: 'CONFIG_C', value: 'n', line: 5 },
      { symbol: 'CONFIG_D', value: 'm', line: 6 },
      { symbol: 'CONFIG_E', value: '"certs/signing_key.pem"', line: 7 },
      { symbol: 'CONFIG_F', value: '0x1000', line: 8 },
      { symbol: 'CONFIG_G', value: '-3', line: 9 },
    ]);
  });

  it('accepts CRLF line ends and strings with escaped quotes', () => {
    const parsed = parseFragment('CONFIG_A=y\r\nCONFIG_CMDLINE="console=ttyS0 x=\\"1\\""\r\n');
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((e) => e.value)).toEqual(['y', '"console=ttyS0 x=\\"1\\""']);
  });

  it.each([
    ['CONFIG_A = y', 1, /no spaces around "="/],
    ['VIRTIO=y', 1, /start with CONFIG_/],
    ['CONFIG_A', 1, /missing "=value"/],
    ['CONFIG_A=', 1, /empty value/],
    ['CONFIG_A=yes', 1, /"yes" is not y, m, n/],
    ['CONFIG_A="unterminated', 1, /unterminated or malformed string/],
    ['CONFIG_A="a" trailing', 1, /unterminated or malformed string/],
    ['make:kselftest-merge', 1, /expected CONFIG_NAME=value/],
    ['CONFIG_OK=y\n<<<<<<< HEAD', 2, /expected CONFIG_NAME=value/],
  ])('reports %j as a syntax error at line %i', (text, line, message) => {
    const parsed = parseFragment(text);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]!.line).toBe(line);
    expect(parsed.problems[0]!.message).toMatch(message);
  });

  it('refuses binary and oversized input without throwing', () => {
    expect(parseFragment('CONFIG_A=y\0\x01').problems[0]!.message).toMatch(/NUL bytes/);
    expect(parseFragment('#'.repeat(MAX_FRAGMENT_BYTES + 1)).problems[0]!.message).toMatch(/limit/);
  });

  it('survives hostile input (random bytes) with problems, never an exception', () => {
    let seed = 7;
    const rand = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 200; i++) {
      const text = Array.from({ length: 200 }, () => String.fromCharCode(1 + Math.floor(rand() * 126))).join('');
      expect(() => parseFragment(text)).not.toThrow();
    }
  });
});

describe('parseDotConfig', () => {
  it('maps set and not-set symbols; comments and junk are ignored', () => {
    const config = parseDotConfig('#\n# Automatically generated file\nCONFIG_A=y\n# CONFIG_B is not set\nCONFIG_S="x y"\ngarbage\n');
    expect([...config]).toEqual([
      ['CONFIG_A', 'y'],
      ['CONFIG_B', 'n'],
      ['CONFIG_S', '"x y"'],
    ]);
  });
});
