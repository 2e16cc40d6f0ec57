import { parseArgs } from 'node:util';
import type { MockServerOptions } from '../server/start-mock-server.js';

/** The usage text of `credit-bridge-mock --help`. */
export const MOCK_USAGE = `Usage: credit-bridge-mock [options]

Runs the credit-bridge mock platforms over HTTP on one port: the credit platform at
/api/v1/…, the exchange platform at /exchange/v1/… and the admin API at /__admin/….

Options:
  --port <n>          port to listen on (default 4010; 0 = any free port)
  --host <host>       address to bind (default 127.0.0.1)
  --seed <n>          seed for ids, verification codes and random faults (default 1)
  --app-key <key>     the app key to accept, with --app-secret (default: the demo apps)
  --app-secret <s>    its secret
  --department <uscc> the exchange department --app-key acts for (default 11420113CBG11301XU)
  --latency <ms>      latency added to every request (default 0)
  --fault-rate <p>    probability 0–1 of a random fault per request (default 0)
  --report-delay <ms> how long report tasks stay pending (default 2000)
  --help              show this text

Demo credentials (accepted unless --app-key is given), and their exchange departments:
  demo-app / demo-secret-change-me                   11420113CBG11301XU
  cb-demo-district / cb-demo-secret-0123456789abcdef 11420113CBG113028U
  (cb-demo-district is also the signing guide's worked example)
`;

/** What the command line asks for. */
export type MockArgs =
  | { readonly help: true }
  | { readonly help: false; readonly options: MockServerOptions };

/**
 * Reads the command line of `credit-bridge-mock`. Throws a `TypeError` with a readable message for an
 * unknown option or a bad number.
 *
 * @example
 * parseMockArgs(['--port', '0', '--seed', '7']);
 */
export function parseMockArgs(argv: readonly string[]): MockArgs {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      'app-key': { type: 'string' },
      'app-secret': { type: 'string' },
      department: { type: 'string' },
      latency: { type: 'string' },
      'fault-rate': { type: 'string' },
      'report-delay': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) return { help: true };
  const number = (
    name: string,
    text: string | undefined,
    check: (n: number) => boolean,
  ): number | undefined => {
    if (text === undefined) return undefined;
    const value = Number(text);
    if (text.trim() === '' || !check(value)) throw new TypeError(`--${name}: bad value "${text}"`);
    return value;
  };
  const whole = (n: number) => Number.isSafeInteger(n) && n >= 0;
  if ((values['app-key'] === undefined) !== (values['app-secret'] === undefined)) {
    throw new TypeError('--app-key and --app-secret go together');
  }
  if (values.department !== undefined && values['app-key'] === undefined) {
    throw new TypeError('--department needs --app-key');
  }
  const options: MockServerOptions = {
    port: number('port', values.port, (n) => whole(n) && n <= 65_535) ?? 4010,
    host: values.host ?? '127.0.0.1',
    ...optional('seed', number('seed', values.seed, Number.isSafeInteger)),
    ...optional('appKey', values['app-key']),
    ...optional('appSecret', values['app-secret']),
    ...optional('departmentCode', values.department),
    ...optional('latencyMs', number('latency', values.latency, whole)),
    ...optional(
      'faultRate',
      number('fault-rate', values['fault-rate'], (n) => n >= 0 && n <= 1),
    ),
    ...optional('reportDelayMs', number('report-delay', values['report-delay'], whole)),
  };
  return { help: false, options };
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}
