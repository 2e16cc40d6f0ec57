import { decodeExchangeMessage, isCreditBridgeError } from '@credit-bridge/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { FaultSpec } from '../../../src/index.js';
import type { ExchangeTransport, ExchangeUnderTest } from '../../support/exchange-harness.js';
import {
  AS_DRC,
  DRC,
  encodeRecords,
  newMessageId,
  publish,
  recordsOf,
} from '../../support/exchange-messages.js';

const MESSAGES = '/exchange/v1/messages';

/** Every fault kind on the exchange platform, malformed XML included, before and after commit. */
export function exchangeFaultScenarios(transport: ExchangeTransport): void {
  describe(`exchange faults (${transport.name})`, () => {
    let sut: ExchangeUnderTest;
    beforeAll(async () => {
      sut = await transport.open();
    });
    afterEach(() => sut.platform.reset());
    afterAll(() => sut.close());
    const script = (...faults: FaultSpec[]) => sut.platform.faults.script('publishMessage', faults);
    const message = (seed: number, messageId = newMessageId()) =>
      encodeRecords('XZCF', recordsOf('XZCF', 1, seed), { messageId });
    const send = (bytes: Uint8Array) =>
      sut.client.raw('POST', MESSAGES, { body: bytes, contentType: 'application/xml' });
    const held = () => sut.platform.state.messages().length;

    it('answers 500, 502, 503, 504 and 429 with failure envelopes, and publishes nothing', async () => {
      script(
        { kind: 'status', status: 500 },
        { kind: 'status', status: 502 },
        { kind: 'status', status: 503, retryAfterSeconds: 4 },
        { kind: 'status', status: 504 },
        { kind: 'rate-limit', retryAfterSeconds: 9 },
      );
      const seen = [];
      for (let seed = 1; seed <= 5; seed += 1) {
        const response = await send(message(seed));
        const body = (await response.json()) as { error: { code: string } };
        seen.push([response.status, body.error.code, response.headers.get('retry-after')]);
      }
      expect(seen).toEqual([
        [500, 'E_INTERNAL', null],
        [502, 'E_UNAVAILABLE', null],
        [503, 'E_UNAVAILABLE', '4'],
        [504, 'E_UNAVAILABLE', null],
        [429, 'E_RATE_LIMITED', '9'],
      ]);
      expect(held()).toBe(0);
    });

    it('resets after commit: the message is published, and the same bytes again get the first receipt', async () => {
      script({ kind: 'reset', timing: 'afterCommit' });
      const bytes = message(6);
      await expect(send(bytes)).rejects.toThrow();
      expect(held()).toBe(1);
      const retry = await publish(sut.client, bytes);
      expect(retry.status).toBe(200);
      expect(retry.bytes).toEqual(sut.platform.state.messages()[0]?.receipt);
      expect(sut.platform.state.inboxes.entries(DRC)).toHaveLength(1);
      script({ kind: 'reset' });
      await expect(send(message(7))).rejects.toThrow();
      expect(held()).toBe(1);
    });

    it('sends a receipt that is not well-formed XML (malformed-xml), after the message was published', async () => {
      script({ kind: 'malformed-xml', timing: 'afterCommit' });
      const response = await send(message(8));
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(new TextDecoder().decode(bytes)).toMatch(/<Body>[\s\S]*<\/Body>\s*$/);
      let code: string | undefined;
      try {
        decodeExchangeMessage(bytes);
      } catch (error) {
        code = isCreditBridgeError(error) ? error.code : 'other';
      }
      expect(code).toBe('E_XML_MALFORMED');
      expect(held()).toBe(1);
    });

    it('damages JSON answers (malformed-json, malformed-xml) and truncates bodies', async () => {
      sut.platform.faults.script('listInbox', [
        { kind: 'malformed-json' },
        { kind: 'malformed-xml' },
        { kind: 'truncated' },
      ]);
      for (let index = 0; index < 2; index += 1) {
        const response = await sut.client.raw('GET', '/exchange/v1/inbox', AS_DRC);
        const text = await response.text();
        expect(response.status).toBe(200);
        expect(() => JSON.parse(text)).toThrow();
      }
      const truncated = await sut.client.raw('GET', '/exchange/v1/inbox', AS_DRC);
      await expect(truncated.text()).rejects.toThrow();
    });

    it('answers with the HTML page of a gateway, dribbles a receipt slowly, and adds latency', async () => {
      script(
        { kind: 'html-gateway' },
        { kind: 'dribble', chunkBytes: 200, intervalMs: 5 },
        { kind: 'latency', ms: 40 },
      );
      const gateway = await send(message(9));
      expect([gateway.status, gateway.headers.get('content-type')]).toEqual([502, 'text/html']);
      expect(await gateway.text()).toContain('502 Bad Gateway');
      const started = Date.now();
      const dribbled = await send(message(10));
      const receipt = decodeExchangeMessage(new Uint8Array(await dribbled.arrayBuffer()));
      expect(receipt.messageType).toBe('RECEIPT');
      expect(Date.now() - started).toBeGreaterThanOrEqual(20);
      const slow = Date.now();
      expect((await send(message(11))).status).toBe(200);
      expect(Date.now() - slow).toBeGreaterThanOrEqual(35);
      expect(held()).toBe(2);
      expect(sut.platform.journal.find({ platform: 'exchange' }).map((entry) => entry.fault ?? null)).toEqual(
        ['html-gateway', 'dribble', 'latency'],
      );
    });
  });
}
