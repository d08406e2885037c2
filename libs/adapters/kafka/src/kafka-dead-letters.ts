import type { DeadLetter } from '@ia/kernel';

const DEFAULT_LIMIT = 1_000;

/**
 * What this process parked since it started. The dead-letter topic is the durable record (with the
 * error in its headers); this list only answers the operations endpoint quickly, so it is bounded.
 */
export function createDeadLetterList(limit = DEFAULT_LIMIT) {
  const letters: DeadLetter[] = [];
  return {
    add(deadLetter: DeadLetter): void {
      const index = letters.findIndex(
        (known) => known.consumer === deadLetter.consumer && known.message.eventId === deadLetter.message.eventId,
      );
      if (index >= 0) letters.splice(index, 1);
      letters.push(deadLetter);
      if (letters.length > limit) letters.splice(0, letters.length - limit);
    },
    list(consumer?: string): readonly DeadLetter[] {
      return letters.filter((letter) => consumer === undefined || letter.consumer === consumer);
    },
  };
}
