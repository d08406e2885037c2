import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '../..');
export const CHROMIUM = process.env['IA_CHROMIUM'] ?? '/usr/bin/chromium';
export const SCREENSHOTS = join(ROOT, 'docs/console');

/** Why the browser tests cannot run here, or undefined when they can. */
export function reasonToSkip(): string | undefined {
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM} (install chromium, or set IA_CHROMIUM)`;
  if (!existsSync(join(ROOT, 'libs/accounts'))) return 'the session API (accounts and sign-in) is not part of this build yet';
  return undefined;
}

/** The console as npm start serves it: built into dist/console when its sources changed. */
export function buildConsole(): string {
  execFileSync(process.execPath, [join(ROOT, 'tools/build.mjs'), '--quiet'], { cwd: ROOT, stdio: 'inherit' });
  return join(ROOT, 'dist/console');
}

export interface Chromium {
  readonly browser: Browser;
  close(): Promise<void>;
}

/** Debian's Chromium, headless, with nothing that reaches the network on its own; launch() gives it a fresh profile in a temporary folder. */
export async function launchChromium(): Promise<Chromium> {
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
  return { browser, close: () => browser.close() };
}

export const DESKTOP = { width: 1440, height: 900 };
export const PHONE = { width: 390, height: 844 };

export function newContext(browser: Browser, viewport = DESKTOP): Promise<BrowserContext> {
  return browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
}

/** No serious or critical accessibility violation on the page as it stands. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

/** A screenshot for docs/console.md, at desktop and phone size, of the page as it stands. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const viewport = page.viewportSize() ?? DESKTOP;
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize(PHONE);
  await page.evaluate('window.scrollTo(0, 0)');
  await page.waitForTimeout(500);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}-phone.png`) });
  await page.setViewportSize(viewport);
}

/**
 * An account made as the README says the first one is (`npm run account -- create`), with the one-time
 * password it prints; the person sets their own at first sign-in.
 */
export function createAccount(dataDirectory: string, username: string, name: string, role: string, parks: readonly string[]): string {
  const args = ['run', '--silent', 'account', '--', 'create', '--user', username, '--name', name, '--role', role];
  if (parks.length > 0) args.push('--parks', parks.join(','));
  const result = spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, IA_DATA_DIR: dataDirectory } });
  const password = /one-time password[^:：]*[:：]\s*(\S+)/i.exec(`${result.stdout}\n${result.stderr}`)?.[1];
  if (result.status !== 0 || password === undefined) throw new Error(`npm run account failed: ${result.stdout} ${result.stderr}`);
  return password;
}
