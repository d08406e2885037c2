// Prints a development bearer token: `npm run token -- --role promoter --user alice [--parks P1,P2] [--county 430381] [--name 张三] [--hours 8]`.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '@ia/kernel';
import { DEVELOPMENT_JWT_SECRET, HUMAN_ROLES, loadConfiguration, signToken } from '@ia/platform';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    user: { type: 'string' },
    name: { type: 'string' },
    parks: { type: 'string' },
    county: { type: 'string' },
    hours: { type: 'string', default: '8' },
  },
});

const configuration = loadConfiguration();
const role = values.role as Role | undefined;
const problems = [
  !role || !HUMAN_ROLES.includes(role) ? `--role must be one of ${HUMAN_ROLES.join(', ')}` : '',
  !values.user ? '--user is required' : '',
  configuration.jwt.secret !== DEVELOPMENT_JWT_SECRET
    ? 'tokens are printed only for the development secret; ask your identity provider'
    : '',
  !/^\d{1,3}$/.test(values.hours ?? '') ? '--hours must be a whole number' : '',
  values.county !== undefined && !/^\d{6}$/.test(values.county) ? '--county must be a 6-digit administrative division code' : '',
].filter(Boolean);
if (problems.length > 0 || !role || !values.user || !ROLES.includes(role)) {
  process.stderr.write(`${problems.join('\n')}\n`);
  process.exit(2);
}
const token = signToken(
  {
    user: values.user,
    role,
    parks: values.parks
      ? values.parks
          .split(',')
          .map((park) => park.trim())
          .filter(Boolean)
      : [],
    expiresInSeconds: Number(values.hours) * 3600,
    ...(values.name !== undefined && { name: values.name }),
    ...(values.county !== undefined && { county: values.county }),
  },
  configuration.jwt,
);
process.stdout.write(`${token}\n`);
