import type { DeadLetter, DeadLetterStore } from '@ia/kernel';

export function createMemoryDeadLetterStore(): DeadLetterStore {
  const letters: DeadLetter[] = [];
  return {
    async add(deadLetter) {
      const index = letters.findIndex(
        (known) => known.consumer === deadLetter.consumer && known.message.eventId === deadLetter.message.eventId,
      );
      if (index >= 0) letters.splice(index, 1);
      letters.push(deadLetter);
    },
    async list(consumer) {
      return letters.filter((letter) => consumer === undefined || letter.consumer === consumer);
    },
  };
}
