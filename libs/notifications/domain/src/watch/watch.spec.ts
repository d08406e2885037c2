import { deciderSpec } from '@ia/testing';
import type { DueItem } from '../due/due-items';
import { channelsDecider } from '../channels/channels';
import { deliveryDecider, MAX_ATTEMPTS } from '../delivery/delivery';
import { digestDecider } from '../digest/digest';
import type { Fact } from './facts';
import { watchDecider, type WatchEvent } from './watch';

const registered: Fact = { type: 'LeadRegistered', parkId: 'xiangxiang-edz', companyName: '湘乡电气', registeredOn: '2026-03-02' };
const noted = (fact: Fact): WatchEvent => ({ type: 'FactNoted', data: { fact } });
const item: DueItem = {
  key: 'first_response',
  kind: 'lead_first_response',
  dueOn: '2026-03-03',
  provisional: false,
  parkId: 'xiangxiang-edz',
  subject: '湘乡电气',
};
const channels = [{ channelId: 'wecom-1', kind: 'wecom' as const }];
const raise = (raisedOn: string, dueItem = item) => ({
  type: 'RaiseReminder' as const,
  data: { item: dueItem, stage: 'overdue' as const, raisedOn, channels },
});

describe('a watch', () => {
  const spec = deciderSpec(watchDecider);

  it('notes a fact once: told again, it changes nothing', () => {
    spec
      .given([])
      .when({ type: 'NoteFact', data: { fact: registered } })
      .then([noted(registered)]);
    spec
      .given([noted(registered)])
      .when({ type: 'NoteFact', data: { fact: registered } })
      .then([]);
  });

  it('raises a reminder with its words and channels once per item, stage and deadline', () => {
    const [raised] = spec
      .given([noted(registered)])
      .when(raise('2026-03-04'))
      .events();
    expect(raised).toMatchObject({
      type: 'ReminderRaised',
      data: { reminderKey: 'first_response|overdue|2026-03-03', title: '【已逾期】线索首次响应', channels },
    });
    expect(raised?.type === 'ReminderRaised' && raised.data.text).toContain('期限：2026-03-03');
    spec
      .given([noted(registered), raised!])
      .when(raise('2026-03-05'))
      .then([]);
    // The deadline moved: a new one may be reminded of once.
    expect(
      spec
        .given([noted(registered), raised!])
        .when(raise('2026-03-06', { ...item, dueOn: '2026-03-05' }))
        .events(),
    ).toHaveLength(1);
  });

  it('raises nothing for what was done meanwhile, nor before its stage, and refuses what it knows nothing of', () => {
    spec
      .given([noted(registered), noted({ type: 'LeadFollowedUp', on: '2026-03-03' })])
      .when(raise('2026-03-04'))
      .then([]);
    spec
      .given([noted(registered)])
      .when(raise('2026-03-03'))
      .then([]);
    spec.given([]).when(raise('2026-03-04')).thenThrows('NOTIFICATION.NOT_WATCHED');
  });
});

describe('a delivery', () => {
  const spec = deciderSpec(deliveryDecider);
  const attempt = (number: number, outcome: 'sent' | 'failed') => ({
    type: 'RecordAttempt' as const,
    data: { attempt: number, at: '2026-03-04T01:00:00.000Z', outcome, ...(outcome === 'failed' && { error: 'HTTP 502' }) },
  });

  it('records a failure with the time of the next try, longer each time, then gives up', () => {
    spec
      .given([])
      .when(attempt(1, 'failed'))
      .then([
        {
          type: 'DeliveryFailed',
          data: { attempt: 1, at: '2026-03-04T01:00:00.000Z', error: 'HTTP 502', retryAt: '2026-03-04T01:01:00.000Z' },
        },
      ]);
    const failures = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, index) => ({
      type: 'DeliveryFailed' as const,
      data: { attempt: index + 1, at: '2026-03-04T01:00:00.000Z', error: 'HTTP 502', retryAt: '2026-03-04T01:01:00.000Z' },
    }));
    expect(spec.given(failures.slice(0, 1)).when(attempt(2, 'failed')).events()[0]).toMatchObject({
      data: { retryAt: '2026-03-04T01:05:00.000Z' },
    });
    expect(spec.given(failures).when(attempt(MAX_ATTEMPTS, 'failed')).events()[0]).toMatchObject({ type: 'DeliveryAbandoned' });
  });

  it('records a success once, and refuses attempts out of order or after the end', () => {
    spec
      .given([])
      .when(attempt(1, 'sent'))
      .then([{ type: 'DeliverySent', data: { attempt: 1, at: '2026-03-04T01:00:00.000Z' } }]);
    spec.given([]).when(attempt(2, 'sent')).thenThrows('NOTIFICATION.ATTEMPT_OUT_OF_ORDER');
    spec
      .given([{ type: 'DeliverySent', data: { attempt: 1, at: 'x' } }])
      .when(attempt(2, 'sent'))
      .thenThrows('NOTIFICATION.DELIVERY_FINISHED');
  });
});

describe('a park’s channels and a person’s digest', () => {
  it('names the settings a channel replaced or lost, so that their key can be destroyed', () => {
    const spec = deciderSpec(channelsDecider);
    const channel = { parkId: 'p', channelId: 'c-1', kind: 'wecom' as const, name: '招商群', shownAs: 'qyapi', sealedSettings: 'sealed-1' };
    const configured = { type: 'ChannelConfigured' as const, data: channel };
    spec
      .given([configured])
      .when({ type: 'ConfigureChannel', data: { ...channel, sealedSettings: 'sealed-2' } })
      .then([{ type: 'ChannelConfigured', data: { ...channel, sealedSettings: 'sealed-2', replaced: 'sealed-1' } }]);
    spec
      .given([configured])
      .when({ type: 'RemoveChannel', data: { channelId: 'c-1' } })
      .then([{ type: 'ChannelRemoved', data: { channelId: 'c-1', sealedSettings: 'sealed-1' } }]);
    spec
      .given([])
      .when({ type: 'RemoveChannel', data: { channelId: 'c-1' } })
      .thenThrows('NOTIFICATION.CHANNEL_NOT_FOUND');
  });

  it('prepares one digest a day, and none with nothing in it', () => {
    const spec = deciderSpec(digestDecider);
    const subscribed = {
      type: 'DigestSubscribed' as const,
      data: { personId: 'alice', parkId: 'xiangxiang-edz', sealedAddress: 'sealed' },
    };
    const lines = [{ item, stage: 'overdue' as const }];
    const [prepared] = spec
      .given([subscribed])
      .when({ type: 'PrepareDigest', data: { date: '2026-03-04', lines } })
      .events();
    expect(prepared).toMatchObject({
      type: 'DigestPrepared',
      data: { personId: 'alice', date: '2026-03-04', count: 1, title: '【每日待办】2026-03-04：1 项已逾期，0 项即将到期' },
    });
    spec
      .given([subscribed, prepared!])
      .when({ type: 'PrepareDigest', data: { date: '2026-03-04', lines } })
      .then([]);
    spec
      .given([subscribed])
      .when({ type: 'PrepareDigest', data: { date: '2026-03-04', lines: [] } })
      .then([]);
    spec
      .given([])
      .when({ type: 'PrepareDigest', data: { date: '2026-03-04', lines } })
      .then([]);
  });
});
