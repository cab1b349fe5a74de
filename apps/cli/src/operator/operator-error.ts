import { ExitCode } from './exit-code.js';

/** A problem the operator can fix (configuration, arguments, a missing file): message and exit code 2. */
export class OperatorError extends Error {
  override readonly name = 'OperatorError';
  readonly exitCode = ExitCode.usage;
}
