/**
 * Reading a command's arguments, the same way for every command: `node:util`'s parseArgs,
 * strictly, with a parser complaint turned into the command's usage error.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";

/** A mistake in how the command was called: the command reports it and exits with code 2. */
export class UsageError extends Error {}

/** The options and whether positionals are allowed; the arguments and strictness are fixed. */
type CommandLineConfig = Pick<ParseArgsConfig, "options" | "allowPositionals">;

/**
 * Splits a command's arguments into option values and positionals, strictly: an unknown option,
 * a missing value, a value given to a flag or an unexpected positional is a usage error.
 *
 * @param args - the arguments after the command name
 * @param config - the options the command knows, and whether it takes positionals
 * @param describe - how the parser's message reads in the usage error (default: as it is)
 * @returns the values and positionals, typed after `config`
 * @throws UsageError when the arguments do not fit `config`
 */
export function parseCommandLine<const T extends CommandLineConfig>(
  args: readonly string[],
  config: T,
  describe: (message: string) => string = (message) => message,
): ReturnType<typeof parseArgs<T & { args: readonly string[]; strict: true }>> {
  try {
    return parseArgs({ ...config, args, strict: true });
  } catch (error) {
    throw new UsageError(describe(error instanceof Error ? error.message : String(error)));
  }
}
