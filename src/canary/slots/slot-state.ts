/**
 * A/B boot slots as data: a node keeps a known-good kernel and a candidate. A candidate is tried
 * *once* (grub-reboot / U-Boot bootcount semantics): the next boot after the try, whatever happened,
 * returns to the known-good slot unless the candidate was promoted. So a kernel that never comes back
 * is rolled back by the bootloader (or a watchdog/power cycle), not by SSH. Pure functions.
 */
export type SlotName = 'a' | 'b';

export interface SlotContent {
  /** `uname -r` the kernel in this slot reports. */
  release: string;
  /** Where the slot's kernel image lives (on the QEMU host: a file; on hardware: what the hook says). */
  image: string;
  /** Optional DTB booted with this kernel. */
  dtb?: string;
  /** Signed module files (local paths) that belong to this kernel; installed with it. */
  modules?: readonly string[];
}

export interface SlotState {
  slots: Partial<Record<SlotName, SlotContent>>;
  /** The slot every normal boot uses. */
  knownGood: SlotName;
  /** Boot this slot once, then fall back to knownGood (null: no pending try). */
  tryOnce: SlotName | null;
}

export const otherSlot = (slot: SlotName): SlotName => (slot === 'a' ? 'b' : 'a');

export function initialState(knownGood: SlotContent): SlotState {
  return { slots: { a: knownGood }, knownGood: 'a', tryOnce: null };
}

/** The slot a candidate goes to: never the known-good one. */
export function candidateSlot(state: SlotState): SlotName {
  return otherSlot(state.knownGood);
}

export function installCandidate(state: SlotState, content: SlotContent): { state: SlotState; slot: SlotName } {
  const slot = candidateSlot(state);
  return { slot, state: { ...state, slots: { ...state.slots, [slot]: content }, tryOnce: null } };
}

export function armTry(state: SlotState, slot: SlotName): SlotState {
  if (!state.slots[slot]) throw new Error(`slot ${slot} is empty`);
  return { ...state, tryOnce: slot };
}

/** What the bootloader does at power-on: take the pending try (consuming it) or the known-good slot. */
export function chooseBoot(state: SlotState): { slot: SlotName; content: SlotContent; state: SlotState } {
  const slot = state.tryOnce ?? state.knownGood;
  const content = state.slots[slot] ?? state.slots[state.knownGood];
  if (!content) throw new Error(`no kernel in slot ${slot} nor in the known-good slot ${state.knownGood}`);
  return { slot: state.slots[slot] ? slot : state.knownGood, content, state: { ...state, tryOnce: null } };
}

/** The candidate proved itself: it becomes the known-good slot; the old one is kept as fallback. */
export function promote(state: SlotState, slot: SlotName): SlotState {
  if (!state.slots[slot]) throw new Error(`slot ${slot} is empty`);
  return { ...state, knownGood: slot, tryOnce: null };
}

/** Forget any pending try: the next boot is the known-good slot. */
export function disarm(state: SlotState): SlotState {
  return { ...state, tryOnce: null };
}

/** Reads a stored state; null for anything that is not one (a torn write, a hand edit). */
export function parseSlotState(value: unknown): SlotState | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const isSlot = (s: unknown): s is SlotName => s === 'a' || s === 'b';
  if (!isSlot(v.knownGood) || !(v.tryOnce === null || isSlot(v.tryOnce))) return null;
  if (typeof v.slots !== 'object' || v.slots === null) return null;
  const slots: Partial<Record<SlotName, SlotContent>> = {};
  for (const name of ['a', 'b'] as const) {
    const c = (v.slots as Record<string, unknown>)[name];
    if (c === undefined) continue;
    if (typeof c !== 'object' || c === null) return null;
    const { release, image, dtb, modules } = c as Record<string, unknown>;
    if (typeof release !== 'string' || typeof image !== 'string' || !(dtb === undefined || typeof dtb === 'string')) return null;
    if (!(modules === undefined || (Array.isArray(modules) && modules.every((m) => typeof m === 'string')))) return null;
    slots[name] = { release, image, ...(dtb === undefined ? {} : { dtb }), ...(modules === undefined ? {} : { modules: modules as string[] }) };
  }
  if (!slots[v.knownGood]) return null;
  return { slots, knownGood: v.knownGood, tryOnce: v.tryOnce };
}
