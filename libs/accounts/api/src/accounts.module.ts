import { Module, type OnModuleInit } from '@nestjs/common';
import { ACCOUNT_EVENT_DESCRIPTIONS, accountsProjection } from '@ia/accounts/domain';
import { ConsoleSessions, EventSourcingRuntime, PersonalDataVault } from '@ia/platform';
import { AccountAdministration } from './administration/account-administration.service';
import { AccountChangesController } from './administration/account-changes.controller';
import { AccountsController } from './administration/accounts.controller';
import { QUERY_HANDLERS } from './administration/queries';
import { Credentials } from './credentials/credentials';
import { OidcController } from './oidc/oidc.controller';
import { AccountCommandHandler, AccountLoader } from './shared/account-execution';
import { PasswordChange } from './session/password-change.service';
import { SessionController } from './session/session.controller';
import { sessionSync } from './session/session-sync';
import { SignIn } from './session/sign-in.service';

/** Accounts (账号): who may sign in, with which roles and parks, and the console's sessions. */
@Module({
  controllers: [SessionController, OidcController, AccountsController, AccountChangesController],
  providers: [
    AccountCommandHandler,
    AccountLoader,
    SignIn,
    PasswordChange,
    AccountAdministration,
    ...QUERY_HANDLERS,
    { provide: Credentials, useFactory: (vault: PersonalDataVault) => new Credentials(vault), inject: [PersonalDataVault] },
  ],
})
export class AccountsModule implements OnModuleInit {
  constructor(
    private readonly runtime: EventSourcingRuntime,
    private readonly sessions: ConsoleSessions,
  ) {}

  onModuleInit(): void {
    this.runtime.registerProjection(accountsProjection);
    this.runtime.registerProjection(sessionSync(this.sessions));
    this.runtime.describeEvents('accounts', ACCOUNT_EVENT_DESCRIPTIONS);
  }
}
