// Loads a park's projects into the suite over HTTP and prints one project's replayed life:
// `npm run demo` (suite at http://localhost:3000), `npm run demo -- --url http://host:3000`, or `npm run demo -- --start`.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DemoClient } from './demo/client';
import { loadDemo, timelineOf } from './demo/load';
import { startSuite, type RunningSuite } from './demo/suite-process';

const { values } = parseArgs({
  options: { url: { type: 'string', default: 'http://localhost:3000' }, start: { type: 'boolean', default: false } },
});

const SHANGHAI_OFFSET_MILLISECONDS = 8 * 3_600_000;

async function main(): Promise<void> {
  let suite: RunningSuite | undefined;
  try {
    if (values.start) {
      process.stdout.write('Starting the suite on a temporary data folder…\n');
      suite = await startSuite(join(__dirname, '../services/suite/main.js'));
    }
    const client = new DemoClient(suite?.url ?? values.url ?? 'http://localhost:3000');
    const today = new Date(Date.now() + SHANGHAI_OFFSET_MILLISECONDS).toISOString().slice(0, 10);
    const loaded = await loadDemo(client, today);
    process.stdout.write('\n园区项目 / projects loaded (xiangxiang-edz):\n');
    for (const project of loaded)
      process.stdout.write(`  ${project.target.padEnd(18)} ${project.company}${project.projectId ? `  ${project.projectId}` : ''}\n`);
    const shown = loaded.find((project) => project.projectId !== undefined);
    if (shown?.projectId !== undefined) {
      process.stdout.write(`\n${shown.company} — 项目全生命周期回放 / the project's life, replayed from the event store:\n\n`);
      process.stdout.write(`${await timelineOf(client, shown.projectId)}\n`);
      process.stdout.write('\n业务日期取自事实本身（签约日、交地日等）；接口未提供业务日期的事实（如指派、起草、筛选）按录入当日显示。\n');
      process.stdout.write(
        'Business dates are the dates the facts name; facts whose API takes no business date show the day they were entered.\n',
      );
      process.stdout.write(
        `\nMore: ${client.baseUrl}/api/v1/projects/${shown.projectId}/figures and /state (auditor token: npm run token -- --role auditor --user you)\n`,
      );
    }
  } finally {
    await suite?.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
