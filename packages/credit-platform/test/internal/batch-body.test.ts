import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchBody, batchBodyOverhead } from '../../src/internal/batch-body.js';

// JSON-ish texts with ASCII, CJK (3 bytes in UTF-8) and astral characters (4 bytes).
const texts = fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 12 });
const textOf = (jsons: readonly string[]) => `{"records":[${jsons.join(',')}]}`;

describe('batchBody', () => {
  it('is the UTF-8 of the joined body, its length the measured bytes plus commas and overhead', () => {
    fc.assert(
      fc.property(texts, (jsons) => {
        const items = jsons.map((json) => ({ json, bytes: Buffer.byteLength(json) }));
        const body = batchBody('records', items);
        expect(body.equals(Buffer.from(textOf(jsons), 'utf8'))).toBe(true);
        const measured = items.reduce((sum, item) => sum + item.bytes, 0);
        expect(body.byteLength).toBe(measured + batchBodyOverhead('records') + Math.max(0, items.length - 1));
      }),
    );
  });

  it('still writes the whole text when an item claims a wrong size, larger or smaller', () => {
    fc.assert(
      fc.property(
        texts.filter((jsons) => jsons.length > 0),
        fc.nat(),
        fc.integer({ min: -8, max: 8 }).filter((off) => off !== 0),
        (jsons, pick, off) => {
          const wrong = pick % jsons.length;
          const items = jsons.map((json, index) => ({
            json,
            bytes: Math.max(0, Buffer.byteLength(json) + (index === wrong ? off : 0)),
          }));
          expect(batchBody('records', items).toString('utf8')).toBe(textOf(jsons));
        },
      ),
    );
  });

  it('is not cut where a claim one character short ends at the last item', () => {
    // '是' is 3 bytes: claimed as 2 in the last item, the buffer must not end the text there.
    const items = [
      { json: '"a"', bytes: 3 },
      { json: '"是"', bytes: 4 },
    ];
    expect(batchBody('records', items).toString('utf8')).toBe('{"records":["a","是"]}');
  });

  it('writes an empty batch as an empty list', () => {
    expect(batchBody('records', []).toString('utf8')).toBe('{"records":[]}');
  });

  it('owns its memory: the bytes past the body are zero, not another buffer pooled with it', () => {
    const body = batchBody('records', [{ json: '"x"', bytes: 3 }]);
    expect(body.byteOffset).toBe(0);
    expect([...new Uint8Array(body.buffer).subarray(body.byteLength)].every((byte) => byte === 0)).toBe(true);
  });
});
