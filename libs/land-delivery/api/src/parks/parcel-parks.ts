import { Injectable } from '@nestjs/common';
import { fold } from '@ia/kernel';
import { EventSourcingRuntime, type ParkLocator } from '@ia/platform';
import { parcelDecider, parcelStream, parkOfParcel, type ParcelEvent, type ParcelState } from '@ia/land-delivery/domain';
import { namesStream } from './stream-ids';

/** The park of a parcel, from its stream: a parcel just registered is scoped before any read model has it. */
@Injectable()
export class ParcelParks implements ParkLocator {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  async load(parcelId: string): Promise<ParcelState> {
    const events = await this.runtime.engines.store.readStream(parcelStream(parcelId));
    return fold(
      parcelDecider,
      events.map((event) => ({ type: event.type, data: event.data }) as ParcelEvent),
    );
  }

  async parkOf(parcelId: string): Promise<string | null | undefined> {
    return namesStream(parcelId) ? parkOfParcel(await this.load(parcelId)) : undefined;
  }
}
