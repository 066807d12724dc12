import { mkdir } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { LinkgateError, UsageError } from '../../core/errors.js';
import type { Board, DeviceTree } from '../../manifest/schema/devicetree.js';
import { selectBoard } from './board-select.js';
import type { DtVerification } from './dt-verify.js';
import { applyOverlays, type DtTools, verifyDtb } from './overlay.js';

export interface BoardDtb {
  board: Board;
  chosenBy: 'serial' | 'model';
  /** The base DTB with every overlay applied. */
  dtb: string;
  verification: DtVerification;
}

/**
 * The manifest's `devicetree` section for one node: choose the board by serial/model, apply its
 * overlays to its base DTB, and check the required nodes. Paths in the manifest are relative to it.
 */
export async function prepareBoardDtb(
  tools: DtTools,
  section: DeviceTree,
  node: { model: string | null; serial: string | null },
  dirs: { manifestDir: string; workDir: string },
): Promise<BoardDtb> {
  const choice = selectBoard(section.boards, node);
  if (!choice.ok) throw new UsageError(`devicetree: ${choice.message}`);
  const { board } = choice;
  const at = (p: string): string => (isAbsolute(p) ? p : resolve(dirs.manifestDir, p));
  const work = join(dirs.workDir, `dt-${board.name}`);
  await mkdir(work, { recursive: true });
  const dtb = join(work, `${board.name}.dtb`);
  await applyOverlays(tools, at(board.baseDtb), board.overlays.map(at), dtb, work);
  const verification = await verifyDtb(tools, dtb, board.require);
  return { board, chosenBy: choice.by, dtb, verification };
}

/** A device tree that lacks a required node fails the candidate (the BSP is wrong), naming each path. */
export function assertDeviceTree(result: BoardDtb): void {
  if (result.verification.ok) return;
  throw new LinkgateError('device', `devicetree: board ${result.board.name}: ${result.verification.findings.length} requirement(s) not met in ${result.dtb}`, {
    details: result.verification.findings.map((f) => f.message),
  });
}
