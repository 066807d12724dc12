import { describe, expect, it } from 'vitest';
import { parseModinfo } from '../../src/parsers/modinfo.js';
import { badInputSuite, readReal } from './bad-input-suite.js';

const FILE = 'modinfo-nvidia-535.129.03-proprietary-ubuntu-mok-signed-grep-v-parm-alias.txt';

describe('parseModinfo on a real capture', () => {
  it('reads the MOK-signed nvidia 535.129.03 module', () => {
    const result = parseModinfo(readReal(FILE));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.data).toMatchObject({
      name: 'nvidia',
      filename: '/lib/modules/6.2.0-37-generic/updates/dkms/nvidia.ko',
      version: '535.129.03',
      license: 'NVIDIA',
      vermagic: '6.2.0-37-generic SMP preempt mod_unload modversions',
      signer: 'ubuntu-server Secure Boot Module Signature key',
      sigKey: '61:E0:9A:71:83:7C:41:FB:A6:77:8B:3D:CF:C4:88:D1:93:87:1D:15',
      sigHashAlgo: 'sha512',
      signed: true,
      depends: ['drm'],
      firmware: ['nvidia/535.129.03/gsp_tu10x.bin', 'nvidia/535.129.03/gsp_ga10x.bin'],
    });
  });

  it('joins the signature continuation lines', () => {
    const signature = parseModinfo(readReal(FILE)).data.fields.signature?.[0] ?? '';
    expect(signature.startsWith('2B:98:BE:9E:FA:9D:40:73')).toBe(true);
    expect(signature.endsWith('4F:F1:78:2C:F2:4D:0C:55:10:45:10:7A:FB:1E:B6:CE')).toBe(true);
    expect(signature.split(':')).toHaveLength(256);
  });

  it('the same module without its signature fields reads as unsigned, with null signer fields', () => {
    // Derived from the real capture: the sig_id/signer/sig_key/sig_hashalgo/signature lines removed.
    const lines = readReal(FILE).split('\n');
    const unsigned = lines.slice(0, lines.findIndex((line) => line.startsWith('sig_id:'))).join('\n') + '\n';
    const result = parseModinfo(unsigned);
    expect(result.data).toMatchObject({ name: 'nvidia', version: '535.129.03', signed: false, signer: null, sigKey: null, sigHashAlgo: null });
  });

  it('modinfo errors are problems', () => {
    const result = parseModinfo("modinfo: ERROR: Module nvidia not found.\n");
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toEqual({ line: 1, message: 'modinfo: Module nvidia not found.' });
  });
});

badInputSuite('parseModinfo', parseModinfo, [FILE]);
