import { RECORD_TYPES, toWireRecord, WIRE_FIELD_LABELS } from '@credit-bridge/core';
import { createRandom, generateRecord, SYNTHETIC_TODAY } from '@credit-bridge/core/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mapRow, validateMapped } from '../../src/index.js';

const toFullWidth = (text: string) =>
  text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

/** How people write a column's header: a wire name in either case, or a title, with markers and full-width forms. */
const headerStyle = fc.record({
  form: fc.constantFrom('wire', 'wire-lower', 'label'),
  marker: fc.boolean(),
  fullWidth: fc.boolean(),
  spaced: fc.boolean(),
});

type HeaderStyle = { form: string; marker: boolean; fullWidth: boolean; spaced: boolean };

/** Blank characters around a cell value: spaces, ideographic spaces, zero-width spaces. */
const padding = fc
  .array(fc.constantFrom(' ', '\u3000', '\u200B'), { maxLength: 3 })
  .map((chars) => chars.join(''));

describe('mapping (properties)', () => {
  it('maps every record type with headers written any way the templates allow and cells padded with blanks', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...RECORD_TYPES),
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(headerStyle, { minLength: 64, maxLength: 64 }),
        fc.array(fc.tuple(padding, padding), { minLength: 64, maxLength: 64 }),
        (type, seed, styles, pads) => {
          const record = generateRecord(type, createRandom(seed));
          const wire = toWireRecord(type, record) as Record<string, string>;
          const fields: Record<string, string> = {};
          Object.entries(wire).forEach(([name, value], index) => {
            const style = styles[index % styles.length] as HeaderStyle;
            const [before, after] = pads[index % pads.length] as [string, string];
            let header =
              style.form === 'label'
                ? (WIRE_FIELD_LABELS[type][name] ?? name)
                : style.form === 'wire'
                  ? name
                  : name.toLowerCase();
            // Templates mark required titles with `*` and write their brackets in full width; wire names are plain.
            if (style.form === 'label' && style.fullWidth) header = toFullWidth(header);
            if (style.spaced) header = ` ${header} `;
            if (style.form === 'label' && style.marker) header = `*${header}`;
            fields[header] = `${before}${value}${after}`;
          });
          const mapped = mapRow({ recordType: type }, { source: 'p', rowNumber: 1, fields });
          if (!mapped.ok) throw new Error(JSON.stringify(mapped.issues));
          const validated = validateMapped(type, mapped.record, { today: SYNTHETIC_TODAY });
          expect(validated.ok && validated.value).toEqual(record);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('turns full-width letters, digits and punctuation back into ASCII with halfWidth', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[!-~]{1,24}$/), (text) => {
        const mapped = mapRow(
          {
            recordType: 'penalty',
            autoMap: false,
            columns: { 文号: { field: 'decisionNo', transform: { type: 'halfWidth' } } },
          },
          { source: 'p', rowNumber: 1, fields: { 文号: `\u3000${toFullWidth(text)}` } },
        );
        expect(mapped.ok && mapped.record.decisionNo).toBe(text);
      }),
    );
  });
});
