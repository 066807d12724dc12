import type { Board } from '../../manifest/schema/devicetree.js';

/**
 * Chooses the manifest's board entry for a node: a listed serial number wins over a model match, so
 * one odd board can carry its own base DTB. Pure.
 */
export type BoardChoice = { ok: true; board: Board; by: 'serial' | 'model' } | { ok: false; message: string };

export function selectBoard(boards: readonly Board[], node: { model: string | null; serial: string | null }): BoardChoice {
  const serial = node.serial?.trim();
  if (serial) {
    const bySerial = boards.find((b) => b.serials.includes(serial));
    if (bySerial) return { ok: true, board: bySerial, by: 'serial' };
  }
  const model = node.model?.trim();
  if (model) {
    const byModel = boards.filter((b) => b.model === model);
    if (byModel.length === 1 && byModel[0]) return { ok: true, board: byModel[0], by: 'model' };
    if (byModel.length > 1) {
      return { ok: false, message: `model ${JSON.stringify(model)} matches ${byModel.length} boards (${byModel.map((b) => b.name).join(', ')}); give serials` };
    }
  }
  const known = boards.map((b) => b.model).filter((m): m is string => m !== undefined);
  return {
    ok: false,
    message: `no board entry for model ${JSON.stringify(model ?? null)}${serial ? ` / serial ${JSON.stringify(serial)}` : ''} (known models: ${known.length ? known.map((m) => JSON.stringify(m)).join(', ') : 'none'})`,
  };
}

/** /proc/device-tree string properties end in NUL; several strings are NUL-separated. */
export function procDtString(raw: string): string | null {
  const value = raw.split('\0')[0]?.trim() ?? '';
  return value === '' ? null : value;
}
