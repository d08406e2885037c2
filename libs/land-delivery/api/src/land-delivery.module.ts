import { Module, type OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { LAND_DELIVERY_EVENT_DESCRIPTIONS, landDeliveryPublisher, landProjectProjection, parcelProjection } from '@ia/land-delivery/domain';
import { EventSourcingRuntime, reactionContext } from '@ia/platform';
import { AllocateParcelController } from './allocate-parcel/allocate-parcel.controller';
import { DeliverLandController } from './deliver-land/deliver-land.controller';
import { ExecuteLandProjectCommand, LandProjectCommandHandler, ParcelCommandHandler } from './execution';
import { LandProjectParks } from './parks/land-project-parks';
import { ParcelParks } from './parks/parcel-parks';
import { QUERY_HANDLERS } from './queries';
import { approvalsConsumer, signingConsumer, type RunLandProjectCommand } from './reactions';
import { ReadLandProjectController } from './read-land-project/read-land-project.controller';
import { ReadParcelsController } from './read-parcels/read-parcels.controller';
import { RecordTitleCertificateController } from './record-title-certificate/record-title-certificate.controller';
import { RegisterParcelController } from './register-parcel/register-parcel.controller';
import { ReviseParcelController } from './revise-parcel/revise-parcel.controller';

/** Land delivery (交地): standard-land parcels, allocation against the agreement, delivery and 地证同交. */
@Module({
  controllers: [
    ReadParcelsController,
    RegisterParcelController,
    ReviseParcelController,
    AllocateParcelController,
    DeliverLandController,
    RecordTitleCertificateController,
    ReadLandProjectController,
  ],
  providers: [ParcelCommandHandler, LandProjectCommandHandler, ParcelParks, LandProjectParks, ...QUERY_HANDLERS],
})
export class LandDeliveryModule implements OnModuleInit {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly commands: CommandBus,
  ) {}

  onModuleInit(): void {
    this.runtime.registerProjection(landProjectProjection);
    this.runtime.registerProjection(parcelProjection);
    this.runtime.registerPublisher(landDeliveryPublisher());
    this.runtime.describeEvents('land-delivery', LAND_DELIVERY_EVENT_DESCRIPTIONS);
    const run: RunLandProjectCommand = (projectId, command, message, consumer) =>
      this.commands.execute(new ExecuteLandProjectCommand(projectId, command, reactionContext(consumer, message)));
    this.runtime.registerConsumer(signingConsumer(run));
    this.runtime.registerConsumer(approvalsConsumer(run));
  }
}
