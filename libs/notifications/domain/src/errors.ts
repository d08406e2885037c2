import { DomainError } from '@ia/kernel';

export const NotificationErrors = {
  tooManyChannels: (limit: number) =>
    new DomainError('NOTIFICATION.TOO_MANY_CHANNELS', '园区提醒渠道数量已达上限', `A park has at most ${limit} reminder channels`),
  channelNotFound: (channelId: string) =>
    new DomainError('NOTIFICATION.CHANNEL_NOT_FOUND', '提醒渠道不存在', `No reminder channel ${channelId} in this park`),
  nothingWatched: () => new DomainError('NOTIFICATION.NOT_WATCHED', '没有可提醒的事项', 'Nothing is known of this item yet'),
  deliveryFinished: (status: string) =>
    new DomainError('NOTIFICATION.DELIVERY_FINISHED', '该推送已结束', `The delivery is ${status}: no further attempt is recorded`),
  attemptOutOfOrder: (expected: number, got: number) =>
    new DomainError('NOTIFICATION.ATTEMPT_OUT_OF_ORDER', '推送尝试次序有误', `Expected attempt ${expected}, got ${got}`),
  notSubscribed: () => new DomainError('NOTIFICATION.DIGEST_NOT_FOUND', '未订阅每日待办', 'No daily digest is subscribed'),
};
