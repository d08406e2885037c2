import { assertNever, type Aggregate, type Decider } from '@ia/kernel';
import { NotificationErrors } from '../errors';

/** Minutes to wait after each failed attempt; after the last, the delivery is given up and shows as such. */
export const RETRY_AFTER_MINUTES = [1, 5, 15, 60, 240] as const;
export const MAX_ATTEMPTS = RETRY_AFTER_MINUTES.length + 1;

export type DeliveryCommand = {
  readonly type: 'RecordAttempt';
  readonly data: { readonly attempt: number; readonly at: string; readonly outcome: 'sent' | 'failed'; readonly error?: string };
};

export type DeliveryEvent =
  | { readonly type: 'DeliverySent'; readonly data: { readonly attempt: number; readonly at: string } }
  | {
      readonly type: 'DeliveryFailed';
      readonly data: { readonly attempt: number; readonly at: string; readonly error: string; readonly retryAt: string };
    }
  | { readonly type: 'DeliveryAbandoned'; readonly data: { readonly attempt: number; readonly at: string; readonly error: string } };

export interface DeliveryState {
  readonly attempts: number;
  readonly status: 'pending' | 'sent' | 'abandoned';
}

/** When a failed attempt is tried again: back-off that grows, so a dead robot is not hammered. */
export function retryAt(attempt: number, at: string): string {
  const minutes = RETRY_AFTER_MINUTES[Math.min(attempt, RETRY_AFTER_MINUTES.length) - 1] ?? RETRY_AFTER_MINUTES[0];
  return new Date(Date.parse(at) + minutes * 60_000).toISOString();
}

export const deliveryDecider: Decider<DeliveryCommand, DeliveryEvent, DeliveryState> = {
  initialState: { attempts: 0, status: 'pending' },
  decide(command, state) {
    switch (command.type) {
      case 'RecordAttempt': {
        const { attempt, at, outcome } = command.data;
        if (state.status !== 'pending') throw NotificationErrors.deliveryFinished(state.status);
        if (attempt !== state.attempts + 1) throw NotificationErrors.attemptOutOfOrder(state.attempts + 1, attempt);
        if (outcome === 'sent') return [{ type: 'DeliverySent', data: { attempt, at } }];
        const error = (command.data.error ?? 'unknown error').slice(0, 500);
        if (attempt >= MAX_ATTEMPTS) return [{ type: 'DeliveryAbandoned', data: { attempt, at, error } }];
        return [{ type: 'DeliveryFailed', data: { attempt, at, error, retryAt: retryAt(attempt, at) } }];
      }
      default:
        return assertNever(command.type);
    }
  },
  evolve(_state, event) {
    switch (event.type) {
      case 'DeliverySent':
        return { attempts: event.data.attempt, status: 'sent' };
      case 'DeliveryFailed':
        return { attempts: event.data.attempt, status: 'pending' };
      case 'DeliveryAbandoned':
        return { attempts: event.data.attempt, status: 'abandoned' };
      default:
        return assertNever(event);
    }
  },
};

export const DELIVERY_CATEGORY = 'delivery';
/** A delivery is named after what it delivers and where: the reminder (or digest) event and the channel. */
export const deliveryStream = (deliveryId: string) => `${DELIVERY_CATEGORY}-${deliveryId}`;

export const deliveryAggregate: Aggregate<DeliveryCommand, DeliveryEvent, DeliveryState> = {
  decider: deliveryDecider,
  correlate: () => ({}),
};
