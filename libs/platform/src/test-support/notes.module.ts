// A tiny context used only by the platform's own HTTP tests: it exercises the whole edge
// (validation, auth, command handling, idempotency, If-Match, read-your-writes) without any real domain.
import { Body, Controller, Get, Inject, Module, Param, Post, Req, type OnModuleInit } from '@nestjs/common';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import type { Request } from 'express';
import { DomainError, type Aggregate, type CommandHandler } from '@ia/kernel';
import { Roles, CurrentPrincipal } from '../auth/decorators';
import type { Principal } from '../auth/principal';
import { commandContext } from '../http/command-context';
import { EventSourcingRuntime } from '../engines/runtime';
import { CLOCK, type Clock } from '../engines/tokens';

type NoteCommand = { type: 'WriteNote'; data: { text: string; stars: number } };
type NoteEvent = { type: 'NoteWritten'; data: { text: string; stars: number } };

const notes: Aggregate<NoteCommand, NoteEvent, { count: number }> = {
  decider: {
    initialState: { count: 0 },
    decide(command, state) {
      if (command.data.text === '拒绝') throw new DomainError('NOTE.REFUSED', '便签被拒绝', 'The note was refused');
      if (state.count >= 3) throw new DomainError('NOTE.FULL', '便签已满', 'At most three notes');
      return [{ type: 'NoteWritten', data: command.data }];
    },
    evolve: (state) => ({ count: state.count + 1 }),
  },
  correlate: () => ({}),
};

class WriteNoteBody {
  @IsString()
  @MaxLength(50)
  text!: string;

  @IsInt()
  @Min(0)
  @Max(5)
  stars!: number;
}

@Controller('api/v1/notes')
class NotesController {
  private readonly handle: CommandHandler<NoteCommand>;

  constructor(
    private readonly runtime: EventSourcingRuntime,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {
    this.handle = runtime.commandHandler(notes);
  }

  @Post(':id')
  @Roles('promoter')
  async write(@Param('id') id: string, @Body() body: WriteNoteBody, @Req() request: Request, @CurrentPrincipal() principal: Principal) {
    const result = await this.handle(
      `note-${id}`,
      { type: 'WriteNote', data: { text: body.text, stars: body.stars } },
      commandContext(request, principal, this.clock.now()),
    );
    await this.runtime.readModelsAt(result.lastPosition);
    return { id, revision: result.revision, replayed: result.replayed };
  }

  @Get(':id')
  @Roles('promoter', 'auditor')
  async read(@Param('id') id: string) {
    return { id, events: (await this.runtime.engines.store.readStream(`note-${id}`)).length };
  }
}

@Controller('api/v1/unguarded')
class UnguardedController {
  @Get()
  open() {
    return { open: true };
  }
}

@Module({ controllers: [NotesController, UnguardedController] })
export class NotesModule implements OnModuleInit {
  constructor(private readonly runtime: EventSourcingRuntime) {}
  onModuleInit(): void {
    this.runtime.registerProjection({
      name: 'notes',
      collections: ['notes'],
      apply: async (event, readModels) => readModels.put('notes', event.streamName, { position: event.position }),
    });
  }
}
