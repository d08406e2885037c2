'use strict';
// Workload 9: the web console in Chromium. What the first screens load (JavaScript, gzipped as a server
// would send it), and the time from navigating to the leads list until it shows 20 rows, against the
// same list's API call alone. The suite serves the console from dist/console as `npm start` does.
// Until the session API is part of the build, the browser is signed in by answering the session routes
// in the page (from docs/permissions.md) and API calls carry a development bearer token: the list, its
// API call and every asset are the real ones; only the session's two small answers are not.
const { existsSync, readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');
const { join } = require('node:path');
const env = require('../lib/env');
const { call } = require('../lib/http-load');
const { startSuite, leadBody } = require('../lib/suite');
const { metric } = require('../lib/result');

const CHROMIUM = process.env.IA_CHROMIUM ?? '/usr/bin/chromium';
const TARGET_KILOBYTES = 300;

function permissions() {
  const roles = ['promoter', 'agent', 'leader', 'admin', 'auditor'];
  const routes = [];
  for (const line of readFileSync(join(env.root, 'docs/permissions.md'), 'utf8').split('\n')) {
    const [, method, path, ...marks] = line.split('|').map((cell) => cell.trim());
    if (/^(GET|POST|PUT|PATCH|DELETE)$/.test(method ?? ''))
      routes.push({ method, path: path.replace(/`/g, ''), roles: roles.filter((_, index) => marks[index] === '✓') });
  }
  return { routes };
}

async function signedInPage(browser, port, token) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  const session = {
    user: { id: 'bench', username: 'bench', displayName: 'bench' },
    role: 'promoter',
    roles: ['promoter'],
    parks: [],
    mustChangePassword: false,
    expiresAt: '2099-01-01T00:00:00Z',
  };
  const real = await call(port, 'GET', '/api/v1/session/options', {});
  if (real.status !== 200) {
    await page.route('**/api/v1/session/permissions', (route) => route.fulfill({ json: permissions() }));
    await page.route(/\/api\/v1\/session$/, (route) => route.fulfill({ json: session }));
    await page.route(/\/api\/v1\/(?!session)/, (route) =>
      route.continue({ headers: { ...route.request().headers(), authorization: token } }),
    );
  }
  // Every script the page asked for, sized from the file the suite served it from.
  const scripts = new Map();
  page.on('request', (request) => {
    if (request.resourceType() !== 'script') return;
    const file = join(env.dist, 'console', new URL(request.url()).pathname);
    if (existsSync(file)) scripts.set(request.url(), gzipSync(readFileSync(file)).length);
  });
  return { context, page, scripts, stood: real.status !== 200 };
}

async function run() {
  if (!existsSync(CHROMIUM))
    return { workload: 'console', title: '9. Web console', cases: [], notes: [`Skipped: no Chromium at ${CHROMIUM}.`] };
  if (!existsSync(join(env.dist, 'console/index.html'))) throw new Error('dist/console is missing: run node tools/build.mjs');
  const { chromium } = require(require.resolve('playwright-core', { paths: [env.root] }));
  const directory = env.temporaryDirectory('console');
  const suite = await startSuite(directory);
  // launch() gives every run a fresh profile of its own (Playwright refuses --user-data-dir there).
  const browser = await chromium.launch({
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
  try {
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
    let stood = false;
    for (let repetition = 0; repetition < env.repetitions(); repetition += 1) {
      const signIn = await signedInPage(browser, suite.port, token);
      await signIn.page.route(/\/api\/v1\/session$/, (route) => route.fulfill({ status: 401, json: { code: 'AUTH.UNAUTHENTICATED' } }));
      await signIn.page.goto(`${base}/sign-in`, { waitUntil: 'networkidle' });
      const signInKilobytes = [...signIn.scripts.values()].reduce((sum, bytes) => sum + bytes, 0) / 1024;
      await signIn.context.close();
      const list = await signedInPage(browser, suite.port, token);
      stood = list.stood;
      const started = Date.now();
      await list.page.goto(`${base}/leads`);
      await list.page.waitForFunction(() => document.querySelectorAll('[data-testid="lead-link"]').length >= 20, undefined, {
        timeout: 60_000,
      });
      const shown = Date.now() - started;
      await list.page.waitForLoadState('networkidle');
      const listKilobytes = [...list.scripts.values()].reduce((sum, bytes) => sum + bytes, 0) / 1024;
      await list.context.close();
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
      if (repetition === 0)
        env.log(
          `leads list scripts: ${[...list.scripts].map(([url, bytes]) => `${url.split('/').pop()} ${(bytes / 1024).toFixed(0)}`).join(', ')}`,
        );
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
        'Time: a fresh browser context each time (cold cache), from page.goto until 20 rows are in the table; the reference is one HTTP call from node.',
        ...(stood
          ? ['The session API was not in this build: the session answers came from the page, API calls carried a bearer token.']
          : []),
      ],
    };
  } finally {
    await browser.close();
    await suite.stop();
    env.remove(directory);
  }
}

module.exports = { run };
