import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DomainError, type CommandContext, type CommandHandler } from '@ia/kernel';
import { CLOCK, EventSourcingRuntime, type Clock } from '@ia/platform';
import {
  LEAD_KEY_CATEGORY,
  LEAD_KEYS_COLLECTION,
  LEADS_COLLECTION,
  LeadErrors,
  holdsItsKeys,
  leadKeyAggregate,
  type LeadKeyCommand,
  type LeadKeyKind,
  type LeadKeyView,
  type LeadView,
} from '@ia/lead-intake/domain';
import { LeadStore } from './lead-store';

export interface LeadKey {
  readonly kind: LeadKeyKind;
  readonly value: string;
}

/** A claim whose lead never got registered (a crash in between) is given up after this long. */
const ABANDONED_CLAIM_MILLISECONDS = 60_000;

/**
 * Duplicate detection across lead streams. The read-model index answers the common case quickly and
 * with the other lead's id; the claim on the key's own stream closes the race the index cannot see.
 * Keys are not released when a lead closes: a later claim supersedes a holder found dropped or
 * rejected in the store, so no release can be lost between two writes.
 */
@Injectable()
export class LeadKeys {
  private readonly handle: CommandHandler<LeadKeyCommand>;

  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly leads: LeadStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.handle = runtime.commandHandler(leadKeyAggregate);
  }

  static of(lead: { readonly uscc?: string; readonly normalisedName: string }): LeadKey[] {
    return [
      ...(lead.uscc !== undefined ? [{ kind: 'uscc' as const, value: lead.uscc }] : []),
      { kind: 'name', value: lead.normalisedName },
    ];
  }

  async refuseKnownDuplicates(leadId: string, keys: readonly LeadKey[]): Promise<void> {
    const readModels = this.runtime.engines.readModels;
    for (const key of keys) {
      const indexed = await readModels.get<LeadKeyView>(LEAD_KEYS_COLLECTION, `${key.kind}:${key.value}`);
      if (!indexed || indexed.leadId === leadId) continue;
      const other = await readModels.get<LeadView>(LEADS_COLLECTION, indexed.leadId);
      if (other && holdsItsKeys(other.status)) throw duplicate(key.kind, indexed.leadId);
    }
  }

  /** Claims every key for the lead, or none: a refusal gives back the keys claimed before it. */
  async claimAll(leadId: string, keys: readonly LeadKey[], context: CommandContext): Promise<void> {
    const claimed: LeadKey[] = [];
    try {
      for (const key of keys) {
        await this.claim(leadId, key, context);
        claimed.push(key);
      }
    } catch (error) {
      await this.releaseAll(leadId, claimed, context);
      throw error;
    }
  }

  async releaseAll(leadId: string, keys: readonly LeadKey[], context: CommandContext): Promise<void> {
    for (const key of keys) await this.handle(streamOf(key), { type: 'ReleaseLeadKey', data: { leadId } }, internal(context));
  }

  private async claim(leadId: string, key: LeadKey, context: CommandContext): Promise<void> {
    const stream = streamOf(key);
    const command: LeadKeyCommand = { type: 'ClaimLeadKey', data: { leadId, ...key } };
    try {
      await this.handle(stream, command, internal(context));
    } catch (error) {
      const holder = error instanceof DomainError ? (error.extensions['existingLeadId'] as string | undefined) : undefined;
      if (holder === undefined || !(await this.hasLetGo(holder, stream))) throw error;
      await this.handle(stream, { type: 'ClaimLeadKey', data: { ...command.data, supersedes: holder } }, internal(context));
    }
  }

  private async hasLetGo(holder: string, stream: string): Promise<boolean> {
    const lead = await this.leads.load(holder);
    if (lead.registered) return !holdsItsKeys(lead.status);
    const lastClaim = (await this.runtime.engines.store.readStream(stream)).at(-1);
    return lastClaim !== undefined && this.clock.now().getTime() - Date.parse(lastClaim.recordedAt) > ABANDONED_CLAIM_MILLISECONDS;
  }
}

/** A hash keeps stream names short and ASCII whatever the company name holds. */
function streamOf(key: LeadKey): string {
  return `${LEAD_KEY_CATEGORY}-${createHash('sha256').update(`${key.kind}:${key.value}`).digest('hex')}`;
}

/** The request's idempotency key belongs to the lead command; a claim reusing it would replay the wrong result. */
function internal(context: CommandContext): CommandContext {
  const { idempotencyKey: _key, requestHash: _hash, expectedRevision: _revision, ...rest } = context;
  return rest;
}

function duplicate(kind: LeadKeyKind, existingLeadId: string): DomainError {
  return kind === 'uscc' ? LeadErrors.duplicateUscc(existingLeadId) : LeadErrors.duplicateName(existingLeadId);
}
