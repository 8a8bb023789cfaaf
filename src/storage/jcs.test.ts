import { describe, expect, it } from 'vitest';
import { verifyAudit } from './audit';
import { canonicalJson, GENESIS_HASH, NotJsonError, sha256Hex } from './canonical';
import { createStoreFromBackend } from './core';
import { auditEventHash, jcsCanonicalJson } from './jcs';
import { createMemoryBackend } from './memory';
import { AGENCY, change, resultRecord } from './store.test-support';
import type { AuditEvent } from './types';

/** A double from its IEEE 754 bits, as RFC 8785 appendix B lists them. */
function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('jcsCanonicalJson (RFC 8785)', () => {
  it('writes the example of RFC 8785 §3.2.2', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",' +
        '"literals": [null, true, false]}',
    );
    expect(jcsCanonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by UTF-16 code units: the example of RFC 8785 §3.2.3', () => {
    const input = JSON.parse(
      '{"\\u20ac": "Euro Sign", "\\r": "Carriage Return", "\\ufb33": "Hebrew Letter Dalet With Dagesh",' +
        ' "1": "One", "\\ud83d\\ude00": "Emoji: Grinning Face", "\\u0080": "Control",' +
        ' "\\u00f6": "Latin Small Letter O With Diaeresis"}',
    );
    // (Read from the text: JSON.parse would enumerate the integer-like name "1" first.)
    expect([...jcsCanonicalJson(input).matchAll(/:"([^"]+)"/g)].map((m) => m[1])).toEqual([
      'Carriage Return',
      'One',
      'Control',
      'Latin Small Letter O With Diaeresis',
      'Euro Sign',
      'Emoji: Grinning Face',
      'Hebrew Letter Dalet With Dagesh',
    ]);
    expect(jcsCanonicalJson(input)).toBe(
      '{"\\r":"Carriage Return","1":"One","\u0080":"Control","ö":"Latin Small Letter O With Diaeresis",' +
        '"\u20ac":"Euro Sign","\ud83d\ude00":"Emoji: Grinning Face","\ufb33":"Hebrew Letter Dalet With Dagesh"}',
    );
  });

  it('puts U+E000 after an emoji (UTF-16 order), where the legacy code point order puts it before', () => {
    const value = { '\ue000': 1, '\ud83d\ude00': 2 };
    // Checked by hand: 0xD83D < 0xE000 as code units; U+1F600 > U+E000 as code points.
    expect(jcsCanonicalJson(value)).toBe('{"😀":2,"\ue000":1}');
    expect(canonicalJson(value)).toBe('{"\ue000":1,"😀":2}');
  });

  it('writes numbers as ECMAScript does: the samples of RFC 8785 appendix B', () => {
    const samples: [string, string][] = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of samples) expect(jcsCanonicalJson(fromBits(bits)), bits).toBe(text);
    expect(jcsCanonicalJson([1e-7, -0, 1e21])).toBe('[1e-7,0,1e+21]');
    for (const bits of ['7fffffffffffffff', '7ff0000000000000'])
      expect(() => jcsCanonicalJson(fromBits(bits))).toThrow(NotJsonError);
  });

  it('refuses what is not I-JSON, with the path', () => {
    const lone = (v: unknown) => {
      try {
        jcsCanonicalJson(v);
        return null;
      } catch (e) {
        return e instanceof NotJsonError ? [e.path, e.received] : e;
      }
    };
    expect(lone({ a: ['x\ud800'] })).toEqual([['a', 0], 'unpaired surrogate']);
    expect(lone({ '\udc00': 1 })).toEqual([['\udc00'], 'unpaired surrogate']);
    expect(lone({ a: undefined })).toEqual([['a'], 'undefined']);
    expect(lone({ a: new Date(0) })).toEqual([['a'], 'Date']);
    expect(lone({ a: 1n })).toEqual([['a'], 'bigint']);
    expect(jcsCanonicalJson('a\ud83d\ude00b')).toBe('"a😀b"');
  });
});

describe('hash schemes of audit events', () => {
  it('new events are rfc8785-sha256, hashed over their JCS text with the scheme', async () => {
    const store = createStoreFromBackend(createMemoryBackend());
    await store.saveResult(resultRecord('r1', { result: resultRecord('r1').result }), change);
    const [e] = (await store.listAudit(AGENCY)).items as AuditEvent[];
    expect(e?.scheme).toBe('rfc8785-sha256');
    const { hash, ...body } = e as AuditEvent;
    expect(hash).toBe(sha256Hex(jcsCanonicalJson(body)));
  });

  it('a legacy chain (code point order, no scheme) still verifies under its recorded scheme, and goes on in RFC 8785', async () => {
    const backend = createMemoryBackend();
    const store = createStoreFromBackend(backend);
    // Two events as the store wrote them before schemes: no `scheme`, hashed by code point order;
    // the keys U+E000 and an emoji sort differently in the two schemes.
    const legacy: AuditEvent[] = [];
    let prev = GENESIS_HASH;
    for (const seq of [1, 2]) {
      const body = {
        agencyId: AGENCY,
        seq,
        at: `2025-01-0${seq}`,
        actor: 'hr-01',
        action: 'correction',
        entity: { kind: 'result', id: `r${seq}` },
        revision: null,
        before: null,
        after: { '\ue000': 'private use', '\ud83d\ude00': 'emoji' },
        afterHash: null,
        reason: 'legacy',
        prevHash: prev,
      } as const;
      const hash = sha256Hex(canonicalJson(body));
      legacy.push({ ...body, hash } as unknown as AuditEvent);
      prev = hash;
    }
    backend.raw.setEvents(AGENCY, legacy);
    backend.raw.setHead(AGENCY, { seq: 2, hash: prev });
    const read = (await store.listAudit(AGENCY)).items;
    expect(read.map((e) => e.scheme)).toEqual(['codepoint-sha256', 'codepoint-sha256']);
    expect(await verifyAudit(store, AGENCY)).toMatchObject({ ok: true, events: 2 });
    // The chain goes on with RFC 8785 events.
    await store.appendCorrection(
      { agencyId: AGENCY, entity: { kind: 'result', id: 'r1' }, data: { '\ue000': 1 }, reason: 'new' },
      change,
    );
    const all = (await store.listAudit(AGENCY)).items;
    expect(all.map((e) => e.scheme)).toEqual(['codepoint-sha256', 'codepoint-sha256', 'rfc8785-sha256']);
    expect(all[2]?.prevHash).toBe(prev);
    expect(await verifyAudit(store, AGENCY)).toMatchObject({ ok: true, events: 3 });
    // An RFC 8785 event turned into a legacy one (its hash recomputed by the old scheme) is a downgrade.
    const third = all[2] as AuditEvent;
    const { scheme: _s, ...rest } = third;
    const downgraded = { ...rest, hash: auditEventHash(rest as AuditEvent) };
    expect(downgraded.hash).not.toBe(third.hash);
    backend.raw.setEvents(AGENCY, [...legacy, { ...all[2], scheme: 'codepoint-sha256' } as AuditEvent]);
    expect((await verifyAudit(store, AGENCY)).broken?.code).toBe('audit.hash-mismatch');
  });

  it('a legacy event after an RFC 8785 one is audit.scheme-downgrade, even when its hash is consistent', async () => {
    const backend = createMemoryBackend();
    const store = createStoreFromBackend(backend);
    await store.saveResult(resultRecord('r1'), change);
    await store.saveResult(resultRecord('r2'), change);
    const [first, second] = backend.raw.events(AGENCY) as [AuditEvent, AuditEvent];
    const { scheme: _s, hash: _h, ...body } = second;
    const legacy = { ...body, hash: sha256Hex(canonicalJson(body)) } as unknown as AuditEvent;
    backend.raw.setEvents(AGENCY, [first, legacy]);
    backend.raw.setHead(AGENCY, { seq: 2, hash: legacy.hash });
    expect((await verifyAudit(store, AGENCY)).broken).toMatchObject({
      code: 'audit.scheme-downgrade',
      seq: 2,
    });
  });

  it('an event with an emoji key next to U+E000 hashes as a standard JCS implementation would', async () => {
    const store = createStoreFromBackend(createMemoryBackend());
    const e = await store.appendCorrection(
      {
        agencyId: AGENCY,
        entity: { kind: 'result', id: 'r1' },
        data: { '\ue000': 'private use', '\ud83d\ude00': 'emoji' },
        reason: 'keys',
      },
      change,
    );
    // The JCS text, written out by hand (members in UTF-16 order; "after" holds the data).
    const text =
      '{"action":"correction","actor":"hr-01","after":{"😀":"emoji","\ue000":"private use"},' +
      `"afterHash":null,"agencyId":"${AGENCY}","at":"2026-01-05","before":null,` +
      '"entity":{"id":"r1","kind":"result"},' +
      `"prevHash":"${GENESIS_HASH}","reason":"keys","revision":null,"scheme":"rfc8785-sha256","seq":1}`;
    expect(e.hash).toBe(sha256Hex(text));
    expect(await verifyAudit(store, AGENCY)).toMatchObject({ ok: true });
  });
});
