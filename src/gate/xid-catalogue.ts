/**
 * Mnemonics of the Xids a gate meets most, from NVIDIA's Xid catalogue (docs.nvidia.com/deploy/xid-errors,
 * as summarised in the project's GPU validation notes). Only for messages: which Xids are fatal is
 * policy (`gate.fatalXids`), not this table.
 */
const XID_NAMES: Readonly<Record<number, string>> = {
  13: 'GR_EXCEPTION, graphics engine exception',
  31: 'GPU memory page fault',
  43: 'GPU stopped processing',
  45: 'preemptive removal',
  46: 'GPU timeout',
  48: 'double-bit ECC error',
  62: 'PMU halt',
  63: 'row remap / page retirement event',
  64: 'row remap / page retirement failure',
  74: 'NVLink error',
  79: 'GPU has fallen off the bus',
  92: 'excessive single-bit ECC interrupts',
  94: 'contained memory error',
  95: 'uncontained memory error',
  109: 'context switch timeout',
  119: 'GSP RPC timeout',
  120: 'GSP error',
  121: 'C2C error',
  136: 'link training failed',
  140: 'unrecoverable ECC error escape',
  143: 'GPU init error',
  144: 'NVLink SAW error',
  145: 'NVLink RLW error',
  146: 'NVLink TLW error',
  147: 'NVLink TREX error',
  148: 'NVLink NVLPW control error',
  149: 'NVLink NETIR error',
  150: 'NVLink MSE error',
};

export function xidName(xid: number): string {
  return XID_NAMES[xid] ?? 'see NVIDIA Xid catalogue';
}
