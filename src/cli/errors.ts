/** A mistake in the command line or its inputs: reported in one line, exit code 2, no stack trace. */
export class UsageError extends Error {}
