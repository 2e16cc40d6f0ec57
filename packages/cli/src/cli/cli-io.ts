/** Where a command writes: stdout or stderr, and whether a person is watching it. */
export interface OutputStream {
  write(text: string): void;
  /** True when the stream is a terminal: progress bars and colour; false means plain lines. */
  readonly isTTY: boolean;
  /** The terminal's width, when known. */
  readonly columns?: number;
}

/**
 * Every side effect a command may reach, handed in once by the bin (STYLE habit 8): output streams,
 * the environment (secrets come only from here), the working directory, the clock and a signal that
 * fires on SIGINT/SIGTERM.
 */
export interface CliIo {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly now: () => Date;
  readonly signal: AbortSignal;
}

/**
 * An output stream that collects what is written, for tests and for rendering into a string.
 *
 * @example
 * const out = createBufferStream();
 * out.write('hello\n');
 * out.text(); // 'hello\n'
 */
export function createBufferStream(options: { isTTY?: boolean; columns?: number } = {}): OutputStream & {
  text(): string;
} {
  const chunks: string[] = [];
  return {
    isTTY: options.isTTY ?? false,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    write: (text) => {
      chunks.push(text);
    },
    text: () => chunks.join(''),
  };
}
