/**
 * How a batch run stops on SIGINT (Ctrl-C) and SIGTERM: the first signal asks it to stop taking
 * new documents and finish those in flight (the runner does that in its `onStop`); a second one
 * quits at once. Either way the person is told how to go on with `--resume`.
 * @module
 */

/** The exit code of a run stopped by `signal`: 128 + its number, as shells report it. */
export function signalExitCode(signal: NodeJS.Signals): number {
  return signal === 'SIGINT' ? 130 : 143;
}

/** Listens for SIGINT and SIGTERM for the length of a run. */
export class StopSignals {
  /** The first signal received, or null while none came. */
  signal: NodeJS.Signals | null = null;
  private readonly listener = (signal: NodeJS.Signals) => this.received(signal);

  /**
   * @param onStop the first signal: stop taking documents, finish those in flight
   * @param onQuit a second signal, just before the process exits with {@link signalExitCode}
   */
  constructor(
    private readonly onStop: (signal: NodeJS.Signals) => void,
    private readonly onQuit: (signal: NodeJS.Signals) => void = () => undefined,
  ) {
    process.on('SIGINT', this.listener);
    process.on('SIGTERM', this.listener);
  }

  /** Stops listening (the run is over). */
  dispose(): void {
    process.off('SIGINT', this.listener);
    process.off('SIGTERM', this.listener);
  }

  private received(signal: NodeJS.Signals): void {
    if (this.signal) {
      this.onQuit(signal);
      process.exit(signalExitCode(signal));
    }
    this.signal = signal;
    this.onStop(signal);
  }
}

/**
 * What to tell the person when a run stopped early: where the finished documents are and the
 * command that resumes the run.
 * @param out the -o file, or undefined for standard output
 * @param resumeCommand the command line that resumes this run
 * @param quit whether it quit at once (a second signal): the documents in flight are lost and the
 *   file may end in a torn line, which --resume cuts off
 */
export function stoppedMessage(out: string | undefined, resumeCommand: string | undefined, quit = false): string {
  const command = resumeCommand ?? `citat batch … -o ${out} --resume`;
  const how =
    out === undefined
      ? 'the output went to standard output, so this run cannot be resumed; write to a file with -o OUT.jsonl to be able to resume'
      : quit
        ? `${out} holds the documents written so far (a torn last line is cut off on resume); resume with:\n  ${command}`
        : `${out} holds every document finished so far; resume with:\n  ${command}`;
  return `citat batch: ${quit ? 'quit at once' : 'stopped early'}; ${how}\n`;
}
