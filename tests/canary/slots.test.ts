import { describe, expect, it } from 'vitest';
import { deployPlan, describeStep, rollbackPlan } from '../../src/canary/slots/ab-plan.js';
import {
  armTry,
  candidateSlot,
  chooseBoot,
  disarm,
  initialState,
  installCandidate,
  parseSlotState,
  promote,
} from '../../src/canary/slots/slot-state.js';

const good = { release: '6.1.192', image: '/k/good/Image' };
const cand = { release: '6.1.192-linkgate', image: '/k/cand/Image' };

describe('A/B slot state', () => {
  it('installs the candidate into the other slot and never over the known-good', () => {
    const s0 = initialState(good);
    const { slot, state } = installCandidate(s0, cand);
    expect(slot).toBe('b');
    expect(state.slots).toEqual({ a: good, b: cand });
    expect(candidateSlot(promote(state, 'b'))).toBe('a');
  });

  it('boots a tried slot exactly once, then the known-good again (grub-reboot / bootcount)', () => {
    let state = armTry(installCandidate(initialState(good), cand).state, 'b');
    const first = chooseBoot(state);
    expect(first).toMatchObject({ slot: 'b', content: cand });
    state = first.state;
    const second = chooseBoot(state);
    expect(second).toMatchObject({ slot: 'a', content: good });
  });

  it('promotion makes the candidate the default; disarm cancels a pending try', () => {
    const installed = installCandidate(initialState(good), cand).state;
    expect(chooseBoot(disarm(armTry(installed, 'b'))).slot).toBe('a');
    expect(chooseBoot(promote(installed, 'b')).slot).toBe('b');
    expect(() => armTry(initialState(good), 'b')).toThrow(/empty/);
  });

  it.each([
    [null],
    ['x'],
    [{ slots: {}, knownGood: 'a', tryOnce: null }],
    [{ slots: { a: good }, knownGood: 'c', tryOnce: null }],
    [{ slots: { a: { release: 1, image: 'x' } }, knownGood: 'a', tryOnce: null }],
    [{ slots: { a: good }, knownGood: 'a', tryOnce: 'z' }],
  ])('refuses a stored state that is not one: %j', (value) => {
    expect(parseSlotState(value)).toBeNull();
  });

  it('reads a stored state back', () => {
    const state = armTry(installCandidate(initialState(good), cand).state, 'b');
    expect(parseSlotState(JSON.parse(JSON.stringify(state)))).toEqual(state);
  });
});

describe('plans as data', () => {
  it('deploy: observe, install into b, try once, reboot, wait for the candidate release', () => {
    const plan = deployPlan(initialState(good), cand, 30_000);
    expect(plan.steps.map((s) => s.kind)).toEqual(['observe', 'install', 'arm-try', 'reboot', 'wait-boot']);
    expect(plan.steps.map(describeStep)).toEqual([
      'read boot id and uname -r',
      'install 6.1.192-linkgate (/k/cand/Image) into slot b',
      'boot slot b once at the next boot',
      'reboot',
      'wait up to 30 s for a new boot id running 6.1.192-linkgate',
    ]);
  });

  it('rollback: disarm, then a watched reboot into the known-good release', () => {
    const state = armTry(installCandidate(initialState(good), cand).state, 'b');
    const plan = rollbackPlan(state, 30_000);
    expect(plan.steps).toEqual([
      { kind: 'disarm' },
      { kind: 'observe' },
      { kind: 'reboot' },
      { kind: 'wait-boot', expectRelease: '6.1.192', timeoutMs: 30_000 },
    ]);
  });
});
