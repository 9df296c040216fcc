import { forTerminal } from "./text/strip-controls.js";

/** Where a command reads and writes: the process's streams, or buffers in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  /** Is stdout a terminal? */
  isTty: boolean;
  /** The terminal stream a progress bar draws on, when stderr is one. */
  progressStream: NodeJS.WriteStream | null;
  env: Record<string, string | undefined>;
}

export function processIo(): Io {
  return {
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    isTty: Boolean(process.stdout.isTTY),
    progressStream: process.stderr.isTTY ? process.stderr : null,
    env: process.env,
  };
}

/**
 * The Io every command writes through (see run): what reaches a terminal is sanitised there, so
 * no command can forget it. Standard error is read by people, always; standard output only when
 * it is a terminal, as a pipe or a file gets the data (JSON, CSV) byte for byte.
 */
export function terminalIo(io: Io): Io {
  return {
    ...io,
    stdout: io.isTty ? (text) => io.stdout(forTerminal(text)) : io.stdout,
    stderr: (text) => io.stderr(forTerminal(text)),
  };
}
