import { Module, type OnModuleInit } from '@nestjs/common';
import { EventSourcingRuntime } from '@ia/platform';
import { AccessController } from './access/access.controller';
import { FiguresController } from './figures/figures.controller';
import { FiguresCalendar } from './figures/working-calendar';
import { HistoryController } from './history/history.controller';
import { ProjectEvents } from './history/project-events.service';
import { ProjectParks } from './history/project-parks';
import { IntegrityController } from './integrity/integrity.controller';
import { StateController } from './state/state.controller';

@Module({
  controllers: [HistoryController, StateController, FiguresController, IntegrityController, AccessController],
  providers: [ProjectEvents, ProjectParks, FiguresCalendar],
})
export class ProjectHistoryModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}

  onModuleInit(): void {
    this.runtime.describeEvents('project-history', { ProjectHistoryViewed: { zh: '审计查阅项目历史', en: 'Project history viewed' } });
  }
}
