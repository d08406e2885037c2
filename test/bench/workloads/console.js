'use strict';
// Workload 10: the web console in Chromium. What the first screens load (JavaScript, gzipped as a server
// would send it), and the time from navigating to the leads list until it shows 20 rows, against the
// same list's API call alone. The suite serves the console from dist/console as `npm start` does.
// The browser signs in as a promoter made with `npm run account`, before the timed navigation.
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');
const { join } = require('node:path');
const env = require('../lib/env');
const { call } = require('../lib/http-load');
const { startSuite, leadBody } = require('../lib/suite');
const { metric } = require('../lib/result');

const CHROMIUM = process.env.IA_CHROMIUM ?? '/usr/bin/chromium';
const TARGET_KILOBYTES = 300;
const NEW_PASSWORD = 'Bench-console-2026!';

/** A promoter account made as the README says, with its one-time password replaced by one of its own. */
function createPromoter(directory) {
  const created = spawnSync(
    process.execPath,
    [
      '--require',
      join(env.root, 'libs/testing/src/child-process/register-typescript.js'),
      join(env.root, 'tools/account.ts'),
      'create',
      '--user',
      'bench.promoter',
      '--name',
      '基准',
      '--role',
      'promoter',
    ],
    { cwd: env.root, encoding: 'utf8', env: { ...process.env, IA_DATA_DIR: directory } },
  );
  const password = /One-time password:\s*(\S+)/.exec(created.stdout ?? '')?.[1];
  if (created.status !== 0 || password === undefined) throw new Error(`npm run account failed: ${created.stderr}`);
  return password;
}

/** A browser context holding the promoter's session cookie; the first time, it replaces the one-time password. */
async function signedInContext(browser, base, oneTime) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const signIn = (password) => context.request.post(`${base}/api/v1/session`, { data: { username: 'bench.promoter', password } });
  if (oneTime !== undefined) {
    if ((await signIn(oneTime)).status() !== 200) throw new Error('sign-in with the one-time password failed');
    const changed = await context.request.put(`${base}/api/v1/session/password`, {
      data: { currentPassword: oneTime, newPassword: NEW_PASSWORD },
      headers: { 'X-IA-Console': '1' },
    });
    if (changed.status() !== 204) throw new Error(`password change answered ${changed.status()}`);
  }
  const answer = await signIn(NEW_PASSWORD);
  if (answer.status() !== 200) throw new Error(`sign-in answered ${answer.status()}`);
  return context;
}

/** Every script a page asks for, sized from the file the suite served it from, gzipped as a server would send it. */
function scriptSizes(page) {
  const scripts = new Map();
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const file = join(env.dist, 'console', new URL(request.url()).pathname);
    if (existsSync(file)) scripts.set(request.url(), gzipSync(readFileSync(file)).length);
  });
  return scripts;
}

const kilobytes = (scripts) => [...scripts.values()].reduce((sum, bytes) => sum + bytes, 0) / 1024;

async function run() {
  if (!existsSync(CHROMIUM))
    return { workload: 'console', title: '9. Web console', cases: [], notes: [`Skipped: no Chromium at ${CHROMIUM}.`] };
  if (!existsSync(join(env.dist, 'console/index.html'))) throw new Error('dist/console is missing: run node tools/build.mjs');
  const { chromium } = require(require.resolve('playwright-core', { paths: [env.root] }));
  const directory = env.temporaryDirectory('console');
  const suite = await startSuite(directory);
  let browser;
  try {
    // launch() gives every run a fresh profile of its own (Playwright refuses --user-data-dir there).
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const platform = env.platform();
    const token = `Bearer ${platform.signToken({ user: 'bench', role: 'promoter', parks: [] }, platform.loadConfiguration({}).jwt)}`;
    const leads = env.sized(200, 40);
    for (let index = 0; index < leads; index += 1)
      await call(suite.port, 'POST', '/api/v1/leads', { authorization: token }, leadBody('console', index));
    const base = `http://127.0.0.1:${suite.port}`;
    const sizes = {
      name: 'JavaScript loaded, gzipped',
      reference: `target ${TARGET_KILOBYTES} KB for a first screen`,
      metrics: [metric('sign-in page', 'KB', 'lower'), metric('leads list', 'KB', 'lower')],
    };
    const timing = {
      name: `leads list showing 20 rows (${leads} leads), from navigation`,
      reference: 'GET /api/v1/leads?pageSize=20 alone',
      metrics: [metric('time', 'ms', 'lower')],
    };
    const oneTime = createPromoter(directory);
    for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
      const anonymous = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
      const signInPage = await anonymous.newPage();
      const signInScripts = scriptSizes(signInPage);
      await signInPage.goto(`${base}/sign-in`, { waitUntil: 'networkidle' });
      const signInKilobytes = kilobytes(signInScripts);
      await anonymous.close();
      const context = await signedInContext(browser, base, repetition === 0 ? oneTime : undefined);
      const page = await context.newPage();
      const listScripts = scriptSizes(page);
      const started = Date.now();
      await page.goto(`${base}/leads`);
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="lead-link"]').length >= 20, undefined, { timeout: 60_000 });
      const shown = Date.now() - started;
      await page.waitForLoadState('networkidle');
      const listKilobytes = kilobytes(listScripts);
      if (repetition === 0)
        env.log(
          `leads list scripts: ${[...listScripts].map(([url, bytes]) => `${url.split('/').pop()} ${(bytes / 1024).toFixed(0)}`).join(', ')}`,
        );
      await context.close();
      const apiStarted = process.hrtime.bigint();
      const answer = await call(suite.port, 'GET', '/api/v1/leads?pageSize=20', { authorization: token });
      const apiMilliseconds = Number(process.hrtime.bigint() - apiStarted) / 1e6;
      if (answer.status !== 200) throw new Error(`GET /api/v1/leads answered ${answer.status}`);
      sizes.metrics[0].ours.push(signInKilobytes);
      sizes.metrics[0].reference.push(TARGET_KILOBYTES);
      sizes.metrics[1].ours.push(listKilobytes);
      sizes.metrics[1].reference.push(TARGET_KILOBYTES);
      timing.metrics[0].ours.push(shown);
      timing.metrics[0].reference.push(apiMilliseconds);
      env.log(
        `console #${repetition + 1}: sign-in ${signInKilobytes.toFixed(0)} KB, list ${listKilobytes.toFixed(0)} KB gz; 20 rows after ${shown} ms, API alone ${apiMilliseconds.toFixed(1)} ms`,
      );
    }
    return {
      workload: 'console',
      title: '9. Web console',
      cases: [sizes, timing],
      notes: [
        'Sizes: every script the page loaded, gzipped at level 6 (what a server compressing would send); the suite itself sends them uncompressed today.',
        'Time: a fresh browser context each time (cold cache, a new sign-in), from page.goto until 20 rows are in the table; the reference is one HTTP call from node.',
        'The promoter is signed in (session cookie) before the timed navigation; the API call is made with a bearer token of the same role.',
      ],
    };
  } finally {
    await browser?.close();
    await suite.stop();
    env.remove(directory);
  }
}

module.exports = { run };
