import { Injectable } from '@nestjs/common';
import { ERASED, PersonalDataVault } from '@ia/platform';

/** What a channel needs to deliver and must not be readable in the log, in answers or in logs. */
export interface ChannelSecrets {
  readonly webhook?: string;
  readonly signingSecret?: string;
  readonly recipients?: readonly string[];
}

/**
 * Channel settings and digest addresses are sealed under keys of the key store, one key per version: the
 * events keep only ciphertext, and replacing or removing a channel destroys the key of what it replaced,
 * so an old webhook cannot be read back even from a backup of the log alone.
 */
@Injectable()
export class SecretSealing {
  constructor(private readonly vault: PersonalDataVault) {}

  sealChannel(channelId: string, version: string, secrets: ChannelSecrets): Promise<string> {
    return this.vault.seal(`notification-channel.${channelId}.${version}`, JSON.stringify(secrets));
  }

  async openChannel(sealed: string): Promise<ChannelSecrets | undefined> {
    const opened = await this.vault.open(sealed);
    return opened === ERASED ? undefined : (JSON.parse(opened) as ChannelSecrets);
  }

  sealAddress(personId: string, version: string, address: string): Promise<string> {
    return this.vault.seal(`digest-address.${personId}.${version}`, address);
  }

  async openAddress(sealed: string): Promise<string | undefined> {
    const opened = await this.vault.open(sealed);
    return opened === ERASED ? undefined : opened;
  }

  /** Destroys the key a value was sealed under. */
  async destroy(sealed: string): Promise<void> {
    const subject = sealed.split(':')[2];
    if (subject) await this.vault.erase(subject);
  }
}
