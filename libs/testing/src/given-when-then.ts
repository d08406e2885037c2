import { DomainError, type Decider } from '@ia/kernel';

/**
 * Specifications of a decider that read as the business talks:
 * `spec.given([...events]).when(command).then([...events])` or `.thenThrows('LEAD.DUPLICATE')`.
 */
export function deciderSpec<Command, Event, State>(decider: Decider<Command, Event, State>) {
  return {
    given(events: readonly Event[]) {
      const state = events.reduce((current, event) => decider.evolve(current, event), decider.initialState);
      return {
        when(command: Command) {
          const run = () => decider.decide(command, state);
          return {
            then(expected: readonly Event[]) {
              expect(run()).toEqual(expected);
            },
            thenThrows(code: string) {
              let caught: unknown;
              try {
                run();
              } catch (error) {
                caught = error;
              }
              expect(caught).toBeInstanceOf(DomainError);
              expect((caught as DomainError).code).toBe(code);
              return caught as DomainError;
            },
            /** For assertions on parts of the events (computed figures, say). */
            events: run,
          };
        },
        state: () => state,
      };
    },
  };
}
