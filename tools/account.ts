// Accounts from the command line: the first administrator, and a way back in for a locked-out one.
// Works whether or not the suite runs: it writes to the same store (SQLite admits a second writer), the
// suite's sign-in reads the store directly, and its lists catch up by polling within a second.
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createMemoryIdempotencyStore } from '@ia/adapters/memory';
import {
  accountAggregate,
  accountDecider,
  accountStream,
  isAccountRole,
  type AccountCommand,
  type AccountEvent,
} from '@ia/accounts/domain';
import { createAccount, Credentials, oneTimePassword } from '@ia/accounts/api';
import { createCommandHandler, DomainError, fold, type CommandContext } from '@ia/kernel';
import { ConfigurationError, loadConfiguration, openKeyStore, openSessionStore, openStore, PersonalDataVault, uuidv7 } from '@ia/platform';

const USAGE = `Usage: npm run account -- <command> [options]

Commands:
  create          --user NAME --name 显示名 --role ROLE [--role ROLE…] [--parks PARK,PARK]
                  creates an account and prints a one-time password, to be changed at the first sign-in
  reset-password  --user NAME
                  sets a new one-time password (and lifts a lock); the account's sessions end

Roles: promoter, agent, leader, admin, auditor. Without --parks the account works for the whole county.
The store is the suite's own (IA_DATA_DIR, IA_STORE, IA_KEY_STORE, IA_SESSION_STORE as for npm start).`;

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        user: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string', multiple: true },
        parks: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)} (npm run account -- --help)`);
  }
}

async function main(): Promise<void> {
  const { values, positionals } = options();
  const [command, ...extra] = positionals;
  if (values.help || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (command !== 'create' && command !== 'reset-password')
    throw new UsageError(`Say create or reset-password (npm run account -- --help)`);
  if (extra.length > 0) throw new UsageError(`Unexpected argument ${extra[0]}`);
  if (!values.user) throw new UsageError('--user is required');
  const configuration = loadConfiguration(process.env);
  if (configuration.store.kind === 'memory')
    throw new UsageError('IA_STORE=memory: keeps nothing after this command; use the suite’s store');
  const opened = await openStore(configuration.store);
  const keys = await openKeyStore(configuration.keyStore);
  const sessions = await openSessionStore(configuration.sessions.store);
  try {
    const vault = new PersonalDataVault(keys);
    const credentials = new Credentials(vault);
    const handle = createCommandHandler(
      { store: opened.store, idempotency: createMemoryIdempotencyStore(), newEventId: uuidv7 },
      accountAggregate,
    );
    const run = (accountId: string, account: AccountCommand, context: CommandContext) => handle(accountStream(accountId), account, context);
    const context: CommandContext = {
      actor: { id: 'command-line', role: 'system' },
      occurredAt: new Date().toISOString(),
      correlationId: uuidv7(),
      causationId: uuidv7(),
      reason: `npm run account -- ${command}, by ${userInfo().username}`,
    };
    if (command === 'create') {
      const roles = values.role ?? [];
      if (roles.length === 0) throw new UsageError('--role is required (promoter, agent, leader, admin or auditor)');
      const unknown = roles.find((role) => !isAccountRole(role));
      if (unknown !== undefined) throw new UsageError(`--role ${unknown}: expected promoter, agent, leader, admin or auditor`);
      const name = values.name?.trim();
      if (!name) throw new UsageError('--name is required: the person’s name as colleagues know it');
      if (name.length > 64) throw new UsageError('--name: at most 64 characters');
      const parks = (values.parks ?? '')
        .split(',')
        .map((park) => park.trim())
        .filter(Boolean);
      const bad = parks.find((park) => !/^[A-Za-z0-9_-]{1,64}$/.test(park));
      if (bad !== undefined) throw new UsageError(`--parks: "${bad}" is not a park id`);
      const created = await createAccount(
        { run, credentials, newId: uuidv7 },
        { username: values.user, displayName: name, roles: roles.filter(isAccountRole), parks },
        context,
      );
      process.stdout.write(
        `Account ${created.accountId} (${name}) created: ${roles.join(', ')}, ${parks.length > 0 ? `parks ${parks.join(', ')}` : 'the whole county'}.\n` +
          `One-time password: ${created.oneTimePassword}\n` +
          'It is shown only this once and must be changed at the first sign-in.\n',
      );
      return;
    }
    const accountId = values.user.trim().toLowerCase();
    const state = fold(
      accountDecider,
      (await opened.store.readStream(accountStream(accountId))).map((event) => ({ type: event.type, data: event.data }) as AccountEvent),
    );
    if (state.status === 'none') throw new UsageError(`No account ${accountId}`);
    const password = oneTimePassword(state);
    await run(
      accountId,
      { type: 'SetPassword', data: { password: await credentials.seal(accountId, uuidv7(), password), kind: 'one-time' } },
      context,
    );
    if (state.credential) await credentials.shred(accountId, state.credential.credentialId);
    for (const session of await sessions.listOf(accountId)) await sessions.end(session.key);
    process.stdout.write(
      `New one-time password for ${accountId}: ${password}\nIt is shown only this once and must be changed at the next sign-in.\n`,
    );
  } finally {
    await sessions.close();
    await keys.close();
    await opened.store.close();
  }
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) fail(error.message);
  if (error instanceof ConfigurationError) fail(error.message.replace(/\n\s*/g, ' '));
  if (error instanceof DomainError) fail(`${error.code}: ${error.title} (${error.detail})`);
  fail(`Could not finish: ${error instanceof Error ? error.message : String(error)}`);
});
