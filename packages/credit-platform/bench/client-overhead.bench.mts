import { type ChildProcess, spawn } from 'node:child_process';
import { Agent } from 'node:http';
import { createInterface } from 'node:readline';
import { DEFAULT_CREDIT_PLATFORM_PROFILE } from '@credit-bridge/core';
import { createHmacSigner, createStandardTransport, resolveHttpOptions } from '@credit-bridge/http';
import { DEMO_APP_KEY, DEMO_APP_SECRET } from '@credit-bridge/mock';
import axios from 'axios';
import { createCreditPlatformClient } from '../src/index.js';

// Requests per second of `blacklist.check` through the client's whole stack (request id, deadlines,
// idempotency header, retry, signing, status, events, envelope and data validation into domain records)
// against a bare axios GET of the same URL over a keep-alive agent, signed the same way and parsed as
// JSON, to the same standalone mock running in a child process. Calls are sequential (the latency a
// caller sees) and strictly alternate between the two, so the noise of a shared machine hits both alike;
// each side's rate is 1 / the 10%-trimmed mean of its latencies. One more line measures the transport
// alone (the client's stack without the envelope, data validation and record decoding, its body parsed
// as JSON as the bare call's is), so the report tells the transport's share from the adapter's.
const WARMUP = 400;
const CALLS = 3_000;

interface Platform {
  child: ChildProcess;
  url: string;
  /** A company with a listing in publication (the answer carries a record to validate and decode). */
  listed: string;
  /** A company without one (the answer most checks get). */
  clear: string;
}

async function startPlatform(): Promise<Platform> {
  const script = new URL('./support/serve-mock.ts', import.meta.url).pathname;
  const execArgv = process.execArgv.some((arg) => arg.includes('@credit-bridge/source'))
    ? process.execArgv
    : [...process.execArgv, '--conditions=@credit-bridge/source'];
  const child = spawn(process.execPath, [...execArgv, script], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> });
  for await (const line of lines) return { child, ...(JSON.parse(line) as Omit<Platform, 'child'>) };
  throw new Error('the mock platform did not start');
}

function trimmedMean(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = Math.floor(sorted.length / 10);
  const kept = sorted.slice(cut, sorted.length - cut);
  return kept.reduce((sum, value) => sum + value, 0) / kept.length;
}

async function measure(
  stack: () => Promise<unknown>,
  bare: () => Promise<unknown>,
): Promise<{ stackRps: number; bareRps: number; overhead: number }> {
  for (let index = 0; index < WARMUP; index += 1) {
    await stack();
    await bare();
  }
  const latencies = { stack: [] as number[], bare: [] as number[] };
  const timed = async (call: () => Promise<unknown>, into: number[]) => {
    const started = performance.now();
    await call();
    into.push(performance.now() - started);
  };
  for (let index = 0; index < CALLS; index += 1) {
    if (index % 2 === 0) {
      await timed(stack, latencies.stack);
      await timed(bare, latencies.bare);
    } else {
      await timed(bare, latencies.bare);
      await timed(stack, latencies.stack);
    }
  }
  const stackMs = trimmedMean(latencies.stack);
  const bareMs = trimmedMean(latencies.bare);
  // Overhead: the extra time per request the stack adds, relative to the bare call.
  return { stackRps: 1000 / stackMs, bareRps: 1000 / bareMs, overhead: (stackMs / bareMs - 1) * 100 };
}

const platform = await startPlatform();
try {
  const { url } = platform;
  const client = createCreditPlatformClient({
    baseUrl: url,
    appKey: DEMO_APP_KEY,
    appSecret: DEMO_APP_SECRET,
  });
  const agent = new Agent({ keepAlive: true });
  const bare = axios.create({ baseURL: url, httpAgent: agent, proxy: false });
  const sign = createHmacSigner({ appKey: DEMO_APP_KEY, appSecret: DEMO_APP_SECRET });
  const path = DEFAULT_CREDIT_PLATFORM_PROFILE.paths.blacklistCheck;

  const pair = (uscc: string, listed: boolean) => ({
    stack: async () => {
      const result = await client.blacklist.check({ uscc });
      if (result.listed !== listed) throw new Error(`${uscc} should ${listed ? '' : 'not '}be listed`);
    },
    bare: async () => {
      const target = `${path}?uscc=${uscc}`;
      const signed = sign({ method: 'GET', url: `${url}${target}`, headers: { Accept: 'application/json' } });
      const response = await bare.get<{ code: string; data: { listed: boolean } }>(target, {
        headers: signed.headers,
      });
      if (response.data.code !== '00' || response.data.data.listed !== listed)
        throw new Error('the bare call failed');
    },
  });
  const standard = createStandardTransport(resolveHttpOptions({ baseUrl: url, sign }), {
    idempotencyKeyHeader: DEFAULT_CREDIT_PLATFORM_PROFILE.idempotency.keyHeader,
  });
  const decoder = new TextDecoder();
  const throughTransport = (uscc: string, listed: boolean) => async () => {
    const response = await standard.transport({
      method: 'GET',
      url: `${url}${path}`,
      query: { uscc },
      headers: { Accept: 'application/json' },
      operation: 'blacklist.check',
    });
    const body = JSON.parse(decoder.decode(response.body)) as { code: string; data: { listed: boolean } };
    if (body.code !== '00' || body.data.listed !== listed) throw new Error('the transport call failed');
  };
  const clear = pair(platform.clear, false);
  const listed = pair(platform.listed, true);
  const notListed = await measure(clear.stack, clear.bare);
  const withEntry = await measure(listed.stack, listed.bare);
  const transportOnly = await measure(throughTransport(platform.listed, true), listed.bare);
  client.close();
  standard.close();
  agent.destroy();

  const line = (result: { stackRps: number; bareRps: number; overhead: number }) =>
    `${Math.round(result.stackRps)} req/s through the stack, bare axios ${Math.round(result.bareRps)} req/s, overhead ${result.overhead.toFixed(1)}%`;
  process.stdout.write(
    `blacklist.check, ${CALLS} sequential calls each way, alternating (target overhead < 15%)\n` +
      `  a listed company (one entry validated and decoded): ${line(withEntry)}\n` +
      `  a company not listed:                              ${line(notListed)}\n` +
      `  the transport alone, a listed company:             ${line(transportOnly)}\n` +
      `credit-platform client: ${line(notListed)}\n`,
  );
} finally {
  platform.child.kill('SIGTERM');
}
