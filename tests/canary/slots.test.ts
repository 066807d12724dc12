import { describe, expect, it } from 'vitest';
import { deployPlan, describeStep, knownGoodExpectation, promotePlan, rollbackPlan, slotHolding } from '../../src/canary/slots/ab-plan.js';
import { exitCodeOf, fleetExitCode, statusOf } from '../../src/canary/slots/plan-outcome.js';
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

  it('rollback: disarm, stop if already on the verified known-good, else a watched reboot and a verification', () => {
    const state = armTry(installCandidate(initialState(good), cand).state, 'b');
    const goal = knownGoodExpectation(state);
    expect(goal).toEqual({ release: '6.1.192', driverVersion: null, module: null });
    const plan = rollbackPlan({ ...goal, module: 'nvidia', driverVersion: '570.172.08' }, 30_000);
    expect(plan.steps.map((s) => s.kind)).toEqual(['disarm', 'observe', 'done-if', 'reboot', 'wait-boot', 'verify']);
    expect(plan.steps[4]).toEqual({ kind: 'wait-boot', expectRelease: null, timeoutMs: 30_000 });
    expect(plan.steps.map(describeStep).slice(2)).toEqual([
      'stop here if the node already runs uname -r = 6.1.192, driver 570.172.08, module nvidia loaded (nothing to do)',
      'reboot',
      'wait up to 30 s for a new boot id',
      'verify uname -r = 6.1.192, driver 570.172.08, module nvidia loaded',
    ]);
  });

  it('promote: verify the new build runs before the slot becomes the known-good one; the slot is the one holding it', () => {
    const state = installCandidate(initialState(good), cand).state;
    expect(promotePlan('b').steps).toEqual([{ kind: 'promote', slot: 'b' }]);
    const plan = promotePlan(slotHolding(state, cand.release), { release: cand.release, driverVersion: null, module: null });
    expect(plan.steps.map((s) => s.kind)).toEqual(['observe', 'verify', 'promote']);
    expect(slotHolding(promote(state, 'b'), cand.release)).toBe('b');
    expect(slotHolding(state, 'unknown')).toBe('b');
  });
});

describe('outcomes and exit codes', () => {
  it.each([
    [null, false, 'done'],
    [null, true, 'already-done'],
    [{ step: 'wait-boot', message: '', reason: 'timeout' }, false, 'did-not-return'],
    [{ step: 'wait-boot', message: '', reason: 'wrong-release' }, false, 'fell-back'],
    [{ step: 'wait-boot', message: '', reason: 'same-boot-id' }, false, 'step-failed'],
    [{ step: 'verify', message: '', reason: 'mismatch' }, false, 'verify-failed'],
    [{ step: 'install', message: '', reason: 'unreachable' }, false, 'unreachable'],
    [{ step: 'install', message: 'hook failed' }, false, 'step-failed'],
  ] as const)('%j → %s', (failure, already, status) => {
    expect(statusOf(failure, already)).toBe(status);
  });

  it('deploy blames the candidate only for what the candidate did; rollback for a node not where it must be', () => {
    expect(['done', 'already-done', 'fell-back', 'did-not-return', 'unreachable', 'step-failed'].map((s) => exitCodeOf('deploy', s as never))).toEqual([0, 0, 1, 1, 3, 3]);
    expect(['done', 'already-done', 'verify-failed', 'step-failed', 'did-not-return', 'unreachable'].map((s) => exitCodeOf('rollback', s as never))).toEqual([0, 0, 1, 1, 3, 3]);
    expect(fleetExitCode([0, 3, 1])).toBe(1);
    expect(fleetExitCode([0, 2, 3])).toBe(3);
    expect(fleetExitCode([0, 0])).toBe(0);
    expect(fleetExitCode([])).toBe(0);
  });
});
