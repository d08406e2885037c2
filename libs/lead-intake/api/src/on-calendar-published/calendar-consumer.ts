import type { CommandBus } from '@nestjs/cqrs';
import { WorkingCalendarPublishedV1, defineConsumer, on } from '@ia/contracts';
import type { Consumer } from '@ia/kernel';
import { reactionContext } from '@ia/platform';
import { onWorkingCalendarPublished } from '@ia/lead-intake/domain';
import { ExecuteWorkingCalendarCommand } from '../shared/aggregate-commands';

export const CALENDAR_CONSUMER = 'lead-intake.working-calendar';

/** A published year is adopted into lead intake's own stream; a redelivered message returns the first outcome. */
export function calendarConsumer(commandBus: CommandBus): Consumer {
  return defineConsumer(CALENDAR_CONSUMER, [
    on(WorkingCalendarPublishedV1, async (data, message) => {
      await commandBus.execute(
        new ExecuteWorkingCalendarCommand(onWorkingCalendarPublished(data), reactionContext(CALENDAR_CONSUMER, message)),
      );
    }),
  ]);
}
