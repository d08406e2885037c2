export { AccountsModule } from './accounts.module';
export { Credentials, oneTimePassword } from './credentials/credentials';
export { createAccount, type NewAccount } from './administration/create-account';
