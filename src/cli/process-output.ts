import { CentaureError } from '../core/errors';
import { writeFailureReason } from '../storage/atomic-file';

/**
 * Standard output as a command writes it: a write that fails (a full disk, /dev/full) is
 * remembered rather than thrown from a stream event, and reported once the command is done.
 */
export class ProcessOutput {
  private failure: NodeJS.ErrnoException | undefined;

  constructor(private readonly stream: NodeJS.WriteStream) {
    stream.on('error', (error: NodeJS.ErrnoException) => this.remember(error));
  }

  private remember(error: Error | null | undefined): void {
    if (error) this.failure ??= error;
  }

  readonly write = (text: string): void => {
    try {
      this.stream.write(text, (error) => this.remember(error));
    } catch (error) {
      this.remember(error as Error);
    }
  };

  /** Waits until everything written is out; throws when some of it could not be. */
  async flush(): Promise<void> {
    if (this.failure === undefined) {
      await new Promise<void>((resolve) => this.stream.write('', () => resolve()));
    }
    if (this.failure !== undefined) {
      const why = writeFailureReason(this.failure.code, 'stdout');
      throw new CentaureError('output-failed', {
        fr: `Impossible d’écrire la sortie : ${why.fr}.`,
        en: `Cannot write the output: ${why.en}.`,
      });
    }
  }
}
