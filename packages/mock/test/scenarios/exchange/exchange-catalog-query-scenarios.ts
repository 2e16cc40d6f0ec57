import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ExchangeTransport, ExchangeUnderTest } from '../../support/exchange-harness.js';
import {
  EXAMPLE_SENDERS,
  encodeRecords,
  exampleBytes,
  publish,
  withExampleSenders,
} from '../../support/exchange-messages.js';
import { START } from '../../support/harness.js';
import { exchangeExample } from '../../support/openapi-responses.js';
import { listing, publishedPenalty, subjectOf } from '../../support/records.js';

const QUERY = '/exchange/v1/query';

/** The catalog and both kinds of shared query, answered from the shared data. */
export function exchangeCatalogQueryScenarios(transport: ExchangeTransport): void {
  describe(`exchange catalog and queries (${transport.name})`, () => {
    let sut: ExchangeUnderTest;
    beforeAll(async () => {
      sut = await transport.open(withExampleSenders());
    });
    afterEach(() => {
      sut.platform.reset();
      sut.clock.set(START);
    });
    afterAll(() => sut.close());
    const query = (body: unknown) => sut.client.call('POST', QUERY, { body });

    it('lists the resources exactly as the contract example does, and counts what it holds', async () => {
      const catalog = await sut.client.call('GET', '/exchange/v1/catalog');
      const example = exchangeExample('/exchange/v1/catalog', 'get', 200, 'catalog') as { data: unknown };
      expect(catalog.json.data).toEqual(example.data);
      sut.platform.seed({ count: 4 });
      sut.clock.advance(1_000);
      await publish(sut.client, encodeRecords('XZCF', [publishedPenalty(50, subjectOf(50))]));
      const held = Object.fromEntries(
        sut.platform.state
          .catalog()
          .map((entry) => [entry.resourceCode, [entry.recordCount, entry.updatedAt]]),
      );
      expect(held).toEqual({
        'WH-XZCF': [5, sut.clock.now()],
        'WH-XZXK': [4, sut.clock.now() - 1_000],
        'WH-SXMD': [4, sut.clock.now() - 1_000],
        'WH-XYXF': [4, sut.clock.now() - 1_000],
        'WH-XYBG': [0, undefined],
      });
    });

    it('answers blacklist_status: the entries in publication, or not listed', async () => {
      const company = subjectOf(51);
      await publish(sut.client, encodeRecords('SXMD', [listing(51, company)]));
      const listed = await query({
        queryType: 'blacklist_status',
        subject: { uscc: company.category === 'natural_person' ? '' : company.uscc },
        purpose: '行政审批前信用核查',
        authorizationRef: 'SQ-420113-2026-000001',
      });
      expect(listed.json.data).toMatchObject({ queryType: 'blacklist_status', listed: true });
      expect(listed.json.data.entries).toHaveLength(1);
      const person = subjectOf(52, 'natural_person');
      const clean = await query({
        queryType: 'blacklist_status',
        subject: { idNumber: person.category === 'natural_person' ? person.idNumber : '' },
        purpose: '评优评先',
        authorizationRef: 'SQ-420113-2026-000002',
      });
      expect(clean.json.data).toMatchObject({
        listed: false,
        entries: [],
        answeredAt: '2026-07-15T10:00:00+08:00',
      });
      expect(sut.platform.state.queries().map((logged) => [logged.purpose, logged.found])).toEqual([
        ['行政审批前信用核查', true],
        ['评优评先', false],
      ]);
    });

    it('answers credit_report with a report built from the shared data, and finds it again by number', async () => {
      const company = subjectOf(53);
      const uscc = company.category === 'natural_person' ? '' : company.uscc;
      await publish(sut.client, encodeRecords('XZCF', [publishedPenalty(53, company)]));
      const ask = {
        queryType: 'credit_report',
        subject: { uscc },
        purpose: '政府采购供应商资格审查',
        authorizationRef: 'SQ-1',
      };
      const built = await query(ask);
      expect(built.json.data).toMatchObject({ queryType: 'credit_report', found: true });
      const report = built.json.data.report;
      expect(report).toMatchObject({
        XYBG_TYSHXYDM: uscc,
        XYBG_CXYT: '政府采购供应商资格审查',
        XYBG_SXMD: [],
      });
      expect(report.XYBG_XZCF).toHaveLength(1);
      expect(report.XYBG_BGBH).toMatch(/^XYBG42010020260715\d{6}$/);
      const again = await query({ ...ask, reportNo: report.XYBG_BGBH });
      expect(again.json.data.report).toEqual(report);
      const unknown = await query({ ...ask, subject: { uscc: '91420103CB0001019A' } });
      expect(unknown.json.data).toEqual({
        queryId: unknown.json.data.queryId,
        queryType: 'credit_report',
        found: false,
        answeredAt: '2026-07-15T10:00:00+08:00',
      });
    });

    it('answers credit_report by number with a report published in an XYBG message', async () => {
      await publish(sut.client, exampleBytes('xybg-report.xml'), EXAMPLE_SENDERS.centre);
      const result = await query({
        queryType: 'credit_report',
        subject: { uscc: '91420113CB0001027L' },
        reportNo: 'XYBG42010020260106000017',
        purpose: '政府采购供应商资格审查',
        authorizationRef: 'SQ-420113-2026-000031',
      });
      expect(result.json.data).toMatchObject({
        found: true,
        report: { XYBG_BGBH: 'XYBG42010020260106000017', XYBG_ZTLB: '法人及非法人组织' },
      });
      const elsewhere = await query({
        queryType: 'credit_report',
        subject: { uscc: '91420103CB0001019A' },
        reportNo: 'XYBG42010020260106000017',
        purpose: 'x',
        authorizationRef: 'y',
      });
      expect(elsewhere.json.data.found).toBe(false);
    });

    it('answers 400 for a request that breaks the schema or an identifier that fails its check, 415 for other media', async () => {
      const base = {
        queryType: 'blacklist_status',
        subject: { uscc: '91420103CB0001019A' },
        purpose: 'p',
        authorizationRef: 'a',
      };
      const cases: [unknown, string, string, string][] = [
        [{ ...base, purpose: undefined }, '97', 'E_REQUIRED', 'purpose'],
        [{ ...base, queryType: 'everything' }, '96', 'E_VALIDATION', 'queryType'],
        [{ ...base, subject: { uscc: '91420103CB0001019B' } }, '96', 'E_VALIDATION', 'subject.uscc'],
        [{ ...base, reportNo: 'XYBG42010020260106000017' }, '96', 'E_VALIDATION', 'reportNo'],
        [{ ...base, extra: 1 }, '96', 'E_VALIDATION', 'extra'],
        ['{"queryType":', '96', 'E_BODY_MALFORMED', ''],
      ];
      for (const [body, code, errorCode, field] of cases) {
        const result = await query(body);
        expect([
          result.status,
          result.json.code,
          result.json.error.code,
          result.json.error.details[0].field ?? '',
        ]).toEqual([400, code, errorCode, field]);
      }
      const checked = await query({ ...base, subject: { uscc: '91420103CB0001019B' } });
      expect(checked.json.error.details[0].code).toBe('E_USCC_CHECKSUM');
      const text = await sut.client.call('POST', QUERY, { body: base, contentType: 'text/plain' });
      expect([text.status, text.json.error.code]).toEqual([415, 'E_UNSUPPORTED_MEDIA_TYPE']);
    });
  });
}
