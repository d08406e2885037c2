// The console in a real Chromium, as a promoter and an agent use it, against the whole suite on a free port.
import type { AddressInfo } from 'node:net';
import { createTestApp, type TestApp } from '@ia/testing';
import type { Browser, Page } from 'playwright-core';
import { SUITE_CONTEXTS } from '../../services/suite/src/contexts';
import {
  buildConsole,
  createAccount,
  launchChromium,
  newContext,
  reasonToSkip,
  screenshot,
  seriousViolations,
  type Chromium,
} from './browser';

const skip = reasonToSkip();
if (skip) process.stdout.write(`Console browser tests skipped: ${skip}\n`);
const describeInBrowser = skip ? describe.skip : describe;

jest.setTimeout(180_000);

const PARK = 'xiangxiang-edz';
const OTHER_PARK = 'lanzhou-qinchuan';
const PASSWORD = '园区-Console-2026!';
const COMPANY = '湖南星辰电气有限公司';
const USCC = '91430100MA4L12345A';

describeInBrowser('the web console in Chromium', () => {
  let suite: TestApp;
  let chromium: Chromium;
  let browser: Browser;
  let base: string;
  const oneTime: Record<string, string> = {};
  const violations: string[] = [];
  let projectId = '';

  const check = async (page: Page, name: string) => {
    // Ant Design fades messages in and out; axe judges the page once they have settled.
    await page.waitForTimeout(600);
    violations.push(...(await seriousViolations(page)).map((violation) => `${name}: ${violation}`));
    await screenshot(page, name);
  };

  /** A button by its text; Ant Design spaces out two-character Chinese labels (提 交). */
  const button = (page: Page, text: string) => page.getByRole('button', { name: new RegExp(`^${[...text].join('\\s*')}$`) });

  /** Picks an option of a searchable select by typing it, as a person would in a long list. */
  async function choose(page: Page, label: string, text: string) {
    await page.getByLabel(label, { exact: true }).click();
    await page.getByLabel(label, { exact: true }).fill(text);
    await page.keyboard.press('Enter');
  }

  async function signIn(page: Page, username: string, password: string) {
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await button(page, '登录').click();
  }

  /** First sign-in with the one-time password, which must be replaced before anything else. */
  async function firstSignIn(page: Page, username: string) {
    await signIn(page, username, oneTime[username] ?? '');
    await page.waitForURL(/\/password$/);
    await page.getByLabel('当前密码').fill(oneTime[username] ?? '');
    await page.getByLabel('新密码', { exact: true }).fill(PASSWORD);
    await page.getByLabel('再次输入新密码').fill(PASSWORD);
    await button(page, '保存新密码').click();
    await page.waitForURL((url) => url.pathname !== '/password');
  }

  beforeAll(async () => {
    const folder = buildConsole();
    // Three failures lock an account here (five by default), so that the lock test waits seconds, not a minute.
    suite = await createTestApp(SUITE_CONTEXTS, { console: folder, environment: { IA_SIGN_IN_MAX_FAILURES: '3' } });
    for (const [username, name, role, parks] of [
      ['zhang.wei', '张伟', 'promoter', [PARK]],
      ['agent.wang', '王芳', 'agent', [PARK]],
      ['li.na', '李娜', 'promoter', [OTHER_PARK]],
      ['zhao.lei', '赵磊', 'promoter', [PARK]],
    ] as const) {
      oneTime[username] = createAccount(suite.dataDirectory, username, name, role, parks);
    }
    base = `http://127.0.0.1:${(suite.app.getHttpServer().address() as AddressInfo).port}`;
    // Park policy set by an administrator's program, through the API with a bearer token.
    await suite.http
      .put(`/api/v1/park-policies/${PARK}`)
      .set(suite.as('admin'))
      .send({
        wantedIndustries: ['C38'],
        excludedIndustries: ['C25'],
        minimumInvestmentIntensity: 150,
        minimumTaxPerMu: 8,
        minimumJobs: 50,
      })
      .expect(200);
    chromium = await launchChromium();
    browser = chromium.browser;
  });
  afterAll(async () => {
    await chromium?.close();
    await suite?.close();
    suite?.remove();
  });

  it('lets a promoter register a lead, refusing a wrong USCC on the form and warning about a duplicate', async () => {
    const page = await (await newContext(browser)).newPage();
    await page.goto(`${base}/sign-in`);
    await check(page, 'sign-in');
    await firstSignIn(page, 'zhang.wei');
    await page.waitForURL(/\/leads$/);
    await page.goto(`${base}/leads/new`);
    await page.getByLabel('企业名称').fill(COMPANY);
    await page.getByLabel('统一社会信用代码').fill('91430100MA4L12345B');
    await button(page, '登记线索').last().click();
    await expect(page.getByText('校验码不正确，请核对')).toBeVisibleSoon();
    await page.getByLabel('统一社会信用代码').fill(USCC);
    await page.getByLabel('来源名称（推介会、推荐人或委托机构）').fill('湘港经贸合作周签约仪式');
    await choose(page, '行业门类', 'C 制造业');
    await choose(page, '行业大类', '38 电气机械和器材制造业');
    for (const [label, value] of <Array<[string, string]>>[
      ['意向投资额（万元）', '30000'],
      ['预计年产值（万元）', '50000'],
      ['预计年税收（万元）', '2000'],
      ['用地需求（亩）', '100'],
      ['预计就业人数', '400'],
      ['联系人', '李明'],
      ['联系电话', '13812345678'],
    ]) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await check(page, 'register');
    await button(page, '登记线索').last().click();
    await page.waitForURL(/\/leads\/[0-9a-f-]{36}$/);
    await expect(page.getByRole('heading', { name: new RegExp(COMPANY) })).toBeVisibleSoon();

    await page.goto(`${base}/leads/new`);
    await page.getByLabel('企业名称').fill('湖南星辰电气有限责任公司');
    await page.getByLabel('统一社会信用代码').click();
    await expect(page.getByTestId('duplicate-warning')).toBeVisibleSoon();
    await page.close();
  });

  it('follows up, screens with each rule’s result, drafts and signs an agreement whose incentives the server computes', async () => {
    const page = await (await newContext(browser)).newPage();
    await signIn(page, 'zhang.wei', PASSWORD);
    await page.waitForURL(/\/leads$/);
    await expect(page.getByRole('link', { name: COMPANY })).toBeVisibleSoon();
    await check(page, 'leads');
    await page.getByRole('link', { name: COMPANY }).click();
    await button(page, '记录跟进').click();
    await page.getByLabel('洽谈内容').fill('电话沟通用地需求与优惠政策');
    await button(page, '提交').click();
    await expect(page.getByText('电话沟通用地需求与优惠政策')).toBeVisibleSoon();
    await button(page, '筛选').click();
    await page.getByText('通过', { exact: true }).click();
    await page.getByLabel('理由').fill('符合园区主导产业');
    await button(page, '提交').click();
    const results = page.getByTestId('screening-results');
    await expect(results.getByText('主导产业')).toBeVisibleSoon();
    await expect(results.getByText('符合', { exact: true })).toHaveCountSoon(5);
    await check(page, 'lead');

    await button(page, '起草投资协议').click();
    await page.getByLabel('项目名称').fill('年产5万台智能配电设备项目');
    await page.getByLabel('园区签约代表').fill('王主任');
    await page.getByLabel('企业签约代表').fill('李总');
    for (const [label, value] of <Array<[string, string]>>[
      ['总投资（万元）', '30000'],
      ['固定资产投资（万元）', '20000'],
      ['用地面积（平方米）', '66667'],
      ['交地后开工期限（天）', '30'],
      ['投产期限（月）', '18'],
      ['就业岗位', '400'],
      ['达产后亩均税收（万元/亩/年）', '20'],
    ]) {
      await page.getByLabel(label, { exact: true }).fill(value);
    }
    await page.getByLabel('固定资产投资奖励').check();
    await check(page, 'draft');
    await button(page, '保存协议草案').click();
    await page.waitForURL(/\/agreements\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('incentives').getByText('奖励 500 万元')).toBeVisibleSoon();
    await button(page, '签订协议').click();
    await button(page, '提交').click();
    await button(page, '查看项目').click();
    await page.waitForURL(/\/projects\/[0-9a-f-]{36}$/);
    projectId = page.url().split('/').pop() ?? '';
    await expect(page.getByTestId('registration-due')).toContainTextSoon('工商注册与税务登记应于');
    await check(page, 'project');
    await page.goto(`${base}/leads/funnel`);
    await expect(page.getByRole('img', { name: '各阶段线索数' })).toBeVisibleSoon();
    await check(page, 'funnel');
    await page.close();
  });

  it('lets an agent take the registration item, accept it with a 容缺 promise, supplement, submit and grant it', async () => {
    const page = await (await newContext(browser)).newPage();
    await firstSignIn(page, 'agent.wang');
    await page.waitForURL(/\/approvals$/);
    await check(page, 'queue');
    await page.goto(`${base}/projects/${projectId}`);
    await page
      .getByTestId('project-items')
      .getByRole('button', { name: /工商注册/ })
      .click();
    await page.waitForURL(/\/approvals\/[0-9a-f-]{36}$/);
    const act = async (label: string, fill: () => Promise<void> = async () => undefined) => {
      await button(page, label).click();
      await fill();
      await button(page, '提交').click();
      await expect(page.getByRole('dialog')).toHaveCountSoon(0);
    };
    await act('领取事项');
    await act('一次性收件', async () => {
      await page.getByLabel('申请表编号').fill('湘乡经开区代办〔2026〕0301号');
      await page.getByLabel('经办人姓名').fill('王芳');
      await page.getByLabel('经办人身份证号码').fill('430381199001010020');
      for (const material of ['申请表', '法定代表人身份证明', '公司章程'])
        await page.getByRole('checkbox', { name: material, exact: true }).check();
    });
    await act('容缺受理', async () => {
      await page.getByLabel('容缺材料', { exact: true }).click();
      await page.getByTitle('住所使用证明').click();
      await page.getByLabel('承诺补齐日期').fill(daysFromToday(3));
      await page.keyboard.press('Enter');
    });
    await expect(page.getByTestId('materials').getByText(/承诺 .* 补齐/)).toBeVisibleSoon();
    await check(page, 'item');
    await act('补交容缺材料', async () => {
      await page.getByLabel('容缺材料', { exact: true }).click();
      await page.getByTitle('住所使用证明').click();
    });
    await act('报送审批部门', async () => page.getByLabel('审批部门', { exact: true }).fill('湘乡市市场监督管理局'));
    await act('办结发证', async () => page.getByLabel('证照或文号', { exact: true }).fill('91430381MA4L0001X2'));
    await expect(page.getByRole('heading', { name: /已办结/ })).toBeVisibleSoon();
    for (const [path, name] of [
      ['/approvals/board', 'board'],
      ['/approvals/calendar', 'calendar'],
    ] as const) {
      await page.goto(`${base}${path}`);
      await check(page, name);
    }
    await page.close();
  });

  it('shows a promoter of another park none of it', async () => {
    const page = await (await newContext(browser)).newPage();
    await firstSignIn(page, 'li.na');
    await page.waitForURL(/\/leads$/);
    await expect(page.getByText('没有符合条件的线索')).toBeVisibleSoon();
    await page.goto(`${base}/projects/${projectId}`);
    await expect(page.getByText('未找到该项目，或您无权查看')).toBeVisibleSoon();
    await page.close();
  });

  it('refuses a wrong password, then locks the account, and signs out', async () => {
    const page = await (await newContext(browser)).newPage();
    await firstSignIn(page, 'zhao.lei');
    await button(page, '退出登录').click();
    await page.waitForURL(/\/sign-in/);
    await page.goto(`${base}/leads`);
    await page.waitForURL(/\/sign-in\?returnTo=%2Fleads/);
    await signIn(page, 'zhao.lei', 'not-the-password');
    await expect(page.getByText('AUTH.INVALID_CREDENTIALS', { exact: false })).toBeVisibleSoon();
    await check(page, 'sign-in-refused');
    let locked = false;
    // Each failure makes the next attempt wait longer (429 with Retry-After) until the lock: a person waits, so does the test.
    for (let attempt = 0; attempt < 10 && !locked; attempt += 1) {
      const answered = page.waitForResponse(
        (response) => response.url().endsWith('/api/v1/session') && response.request().method() === 'POST',
      );
      await page.locator('button[type="submit"]').click();
      const response = await answered;
      locked = await page.getByText(/账号因多次密码错误已被锁定/).isVisible();
      if (response.status() === 429) {
        await expect(page.getByText('AUTH.SIGN_IN_THROTTLED', { exact: false })).toBeVisibleSoon();
        await page.waitForTimeout(Number(response.headers()['retry-after'] ?? '1') * 1000 + 200);
      }
    }
    expect(locked).toBe(true);
    await page.close();
  });

  it('has no serious or critical accessibility violation on any page', () => {
    expect(violations).toEqual([]);
  });
});

/** A business date some days from today in China Standard Time, as a person types it into a date field. */
function daysFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  return new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Waiting assertions over Playwright locators, in Jest's expect. */
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    interface Matchers<R> {
      toBeVisibleSoon(): Promise<R>;
      toHaveCountSoon(count: number): Promise<R>;
      toContainTextSoon(text: string): Promise<R>;
    }
  }
}
expect.extend({
  async toBeVisibleSoon(locator: import('playwright-core').Locator) {
    const pass = await locator
      .first()
      .waitFor({ state: 'visible', timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    return { pass, message: () => `expected ${String(locator)} to be visible` };
  },
  async toHaveCountSoon(locator: import('playwright-core').Locator, count: number) {
    const deadline = Date.now() + 15_000;
    let seen = await locator.count();
    while (seen !== count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      seen = await locator.count();
    }
    return { pass: seen === count, message: () => `expected ${count} of ${String(locator)}, saw ${seen}` };
  },
  async toContainTextSoon(locator: import('playwright-core').Locator, text: string) {
    const pass = await locator
      .first()
      .filter({ hasText: text })
      .waitFor({ timeout: 15_000 })
      .then(
        () => true,
        () => false,
      );
    return { pass, message: () => `expected ${String(locator)} to contain ${text}` };
  },
});
