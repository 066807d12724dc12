import { describe, expect, it } from 'vitest';
import { conjuncts, evaluate, formatExpr, parseExpr, symbolsOf } from '../../src/kernel/kconfig-expr.js';

const values = new Map([
  ['PCI', 'y'],
  ['VIRTIO', 'm'],
  ['VIRTIO_MENU', 'n'],
  ['HZ', '250'],
  ['CMDLINE', '"console=ttyS0"'],
]);

describe('Kconfig expressions', () => {
  it.each([
    ['PCI', 2],
    ['VIRTIO', 1],
    ['VIRTIO_MENU', 0],
    ['UNKNOWN_SYMBOL', 0],
    ['PCI && VIRTIO', 1],
    ['PCI || VIRTIO_MENU', 2],
    ['!VIRTIO_MENU', 2],
    ['!VIRTIO', 1],
    ['PCI && (VIRTIO_MENU || !VIRTIO_MENU)', 2],
    ['HZ = 250', 2],
    ['HZ >= 300', 0],
    ['HZ != "100"', 2],
    ['CMDLINE = "console=ttyS0"', 2],
    ['m', 1],
  ])('%s evaluates to %i', (text, expected) => {
    expect(evaluate(parseExpr(text), values)).toBe(expected);
  });

  it('a macro is unknown, never blamed; but an n beside it still decides an &&', () => {
    expect(evaluate(parseExpr('$(cc-option,-mabi=lp64)'), values)).toBeNull();
    expect(evaluate(parseExpr('VIRTIO_MENU && $(success,true)'), values)).toBe(0);
    expect(evaluate(parseExpr('PCI || $(success,true)'), values)).toBe(2);
  });

  it('malformed expressions become unknown instead of throwing', () => {
    for (const text of ['PCI &&', '(PCI', 'PCI ) X', '&& ||', '"unterminated', 'A = ', '']) {
      const expr = parseExpr(text);
      expect(expr.kind, text).toBe('unknown');
      expect(evaluate(expr, values)).toBeNull();
    }
  });

  it('splits top-level && terms and lists symbols', () => {
    const expr = parseExpr('PCI && (A || !B) && C = y');
    expect(conjuncts(expr)).toHaveLength(3);
    expect(symbolsOf(expr)).toEqual(['PCI', 'A', 'B', 'C']);
  });

  it('formats with each symbol value, menuconfig style', () => {
    expect(formatExpr(parseExpr('PCI && (VIRTIO_MENU || !VIRTIO)'), values)).toBe('PCI [=y] && (VIRTIO_MENU [=n] || !VIRTIO [=m])');
  });
});
