import type Database from 'better-sqlite3';

interface Waiting<Input, Output> {
  readonly input: Input;
  readonly resolve: (output: Output) => void;
  readonly reject: (error: unknown) => void;
}

type Outcome<Output> = { readonly output: Output } | { readonly error: unknown };

export interface GroupCommit<Input, Output> {
  /** Resolves once the write is durable, with what the operation returned; rejects with what it threw. */
  (input: Input): Promise<Output>;
  /** Commits what is waiting now, as closing does before it shuts the file. */
  flush(): void;
}

/**
 * Group commit: writes that arrive in the same turn of the event loop share one transaction, so one
 * fsync makes them all durable. A synchronous commit blocks the loop, and requests pile up meanwhile;
 * they then go to disk together instead of paying an fsync each. Each write runs in its own savepoint,
 * so one that throws (a conflict, a duplicate) is undone alone and the others still commit. Nobody is
 * answered before the commit: an acknowledged write is on disk.
 */
export function groupCommit<Input, Output>(
  database: Database.Database,
  operation: (input: Input) => Output,
  afterCommit: () => void = () => undefined,
): GroupCommit<Input, Output> {
  // better-sqlite3 turns a transaction function called inside another transaction into a savepoint.
  const inSavepoint = database.transaction(operation);
  const commitAll = database.transaction((inputs: readonly Input[]): Outcome<Output>[] =>
    inputs.map((input) => {
      try {
        return { output: inSavepoint(input) };
      } catch (error) {
        return { error };
      }
    }),
  );
  let waiting: Waiting<Input, Output>[] = [];

  const flush = () => {
    if (waiting.length === 0) return;
    const group = waiting;
    waiting = [];
    let outcomes: Outcome<Output>[];
    try {
      outcomes = commitAll.immediate(group.map((entry) => entry.input));
    } catch (error) {
      // The commit itself failed (disk full, file locked too long): none of the group is durable.
      for (const entry of group) entry.reject(error);
      return;
    }
    outcomes.forEach((outcome, index) => {
      const entry = group[index] as Waiting<Input, Output>;
      if ('error' in outcome) entry.reject(outcome.error);
      else entry.resolve(outcome.output);
    });
    if (outcomes.some((outcome) => 'output' in outcome)) afterCommit();
  };

  const write = (input: Input) =>
    new Promise<Output>((resolve, reject) => {
      waiting.push({ input, resolve, reject });
      if (waiting.length === 1) setImmediate(flush);
    });
  return Object.assign(write, { flush });
}
