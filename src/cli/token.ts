import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { isRole } from '../auth/claims';
import { signLocalToken } from '../auth/tokens';
import { loadConfig } from '../config';
import { Role } from '../kernel/actor';

const USAGE = `Usage: npm run token -- --role <${Object.values(Role).join('|')}> --sub <id> [--name <tên>] [--unit <unitId>] [--cluster <clusterId>] [--ttl 8h]`;

/** Prints a token signed with the local development key, which the local server accepts. */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      name: { type: 'string' },
      unit: { type: 'string' },
      cluster: { type: 'string' },
      ttl: { type: 'string', default: '8h' },
    },
  });
  if (!isRole(values.role) || !values.sub) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = loadConfig();
  const token = await signLocalToken(
    config.auth,
    values.sub,
    { role: values.role, name: values.name, unit: values.unit, cluster: values.cluster },
    values.ttl,
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  console.error((error as Error).message);
  process.exit(1);
});
