import { describe, expect, it } from 'vitest';
import { classifyLoad, judgeCase, judgeSigEnforce, type SignatureCase } from '../../src/canary/signature/load-verdict.js';

const unsigned: SignatureCase = { name: 'unsigned', remotePath: '/tmp/u.ko', module: 'linkgate_test', expect: 'reject' };
const signed: SignatureCase = { name: 'signed', remotePath: '/tmp/s.ko', module: 'linkgate_test', expect: 'load' };

describe('classifyLoad', () => {
  it.each([
    ["insmod: can't insert '/tmp/u.ko': Key was rejected by service", 'key-rejected'],
    ['insmod: ERROR: could not insert module /tmp/u.ko: Key was rejected by service', 'key-rejected'],
    ['insmod: ERROR: could not insert module x.ko: Required key not available', 'key-unavailable'],
    ["insmod: can't insert 'x.ko': invalid module format", 'bad-format'],
    ["insmod: can't insert 'x.ko': Invalid module format", 'bad-format'],
    ["insmod: can't insert 'x.ko': File exists", 'exists'],
    ["insmod: can't read '/tmp/nope.ko': No such file or directory", 'not-found'],
    ['', 'other'],
    ['\0\0\x1b[31m', 'other'],
  ])('%s → %s', (stderr, outcome) => {
    expect(classifyLoad(1, stderr).outcome).toBe(outcome);
  });

  it('exit 0 is loaded whatever was printed', () => {
    expect(classifyLoad(0, 'Key was rejected by service').outcome).toBe('loaded');
  });

  it('survives a flood', () => {
    expect(classifyLoad(1, 'x'.repeat(5_000_000)).outcome).toBe('other');
  });
});

describe('judgeCase', () => {
  it('a refused unsigned module passes; an accepted one fails as enforcement off', () => {
    expect(judgeCase(unsigned, classifyLoad(1, "insmod: can't insert '/tmp/u.ko': Key was rejected by service"))).toMatchObject({
      status: 'pass',
      message: "linkgate_test: refused (EKEYREJECTED): insmod: can't insert '/tmp/u.ko': Key was rejected by service",
    });
    expect(judgeCase(unsigned, classifyLoad(0, ''))).toMatchObject({ status: 'fail', actual: 'loaded' });
  });

  it('a refusal for another reason proves nothing: error, not pass', () => {
    expect(judgeCase(unsigned, classifyLoad(1, "insmod: can't insert 'x.ko': Invalid module format")).status).toBe('error');
  });

  it('the signed module must load; refused by key means the bump is broken', () => {
    expect(judgeCase(signed, classifyLoad(0, '')).status).toBe('pass');
    expect(judgeCase(signed, classifyLoad(1, 'Key was rejected by service')).status).toBe('fail');
    expect(judgeCase(signed, classifyLoad(1, 'No such file or directory')).status).toBe('error');
  });

  it('sig_enforce must be Y', () => {
    expect(judgeSigEnforce(0, 'Y\n').status).toBe('pass');
    expect(judgeSigEnforce(0, 'N\n').status).toBe('fail');
    expect(judgeSigEnforce(1, '').status).toBe('error');
  });
});
