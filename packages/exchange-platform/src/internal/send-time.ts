/**
 * `Header/sendTime`: the instant as `xs:dateTime` in China Standard Time with the `+08:00` offset and
 * whole seconds, as the contract's examples write it (exchange-envelope.md, "Header").
 *
 * @example
 * sendTimeOf(Date.parse('2026-01-05T02:15:30.250Z')); // '2026-01-05T10:15:30+08:00'
 */
export function sendTimeOf(epochMs: number): string {
  // Shifting the instant by +8 h makes toISOString (always UTC) write Shanghai wall time on any machine.
  return `${new Date(Math.floor(epochMs / 1000) * 1000 + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}
