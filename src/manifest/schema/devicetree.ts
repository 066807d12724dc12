import { z } from 'zod';

/**
 * Device-tree overlays per board: the base DTB is chosen by the board's model (the root `model`
 * property, /proc/device-tree/model on the node) or its serial number, the overlays are applied with
 * fdtoverlay, and the result must hold every required node and compatible string.
 */
export const DtRequirementSchema = z
  .object({
    path: z.string().regex(/^\/[^\s]*$/, 'an absolute node path such as /soc/nvlink-host-bridge'),
    compatible: z.array(z.string().min(1)).default([]).describe('Strings the node\'s compatible list must contain.'),
  })
  .strict();

export const Board = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'board names are lower-case letters, digits, ., _ and -'),
    model: z.string().min(1).optional().describe('Matches the root "model" property, e.g. "riscv-virtio,qemu".'),
    serials: z.array(z.string().min(1)).default([]).describe('Serial numbers of boards that take this entry first.'),
    baseDtb: z.string().min(1).describe('The board\'s base DTB (path relative to the manifest).'),
    overlays: z.array(z.string().min(1)).default([]).describe('.dtso (compiled with dtc) or .dtbo files, applied in order.'),
    require: z.array(DtRequirementSchema).default([]).describe('Nodes that must exist after the overlays.'),
  })
  .strict()
  .refine((board) => board.model !== undefined || board.serials.length > 0, {
    message: 'a board needs a model or at least one serial to be chosen by',
  });

export const DeviceTree = z
  .object({
    boards: z.array(Board).min(1),
  })
  .strict();
export type DeviceTree = z.infer<typeof DeviceTree>;
export type Board = z.infer<typeof Board>;
