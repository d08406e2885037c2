import type { AddressInfo } from 'node:net';
import { createTestApp, fixedClock, type TestApp } from '@ia/testing';
import { SUITE_CONTEXTS } from '../../services/suite/src/contexts';
import { DemoClient } from '../../tools/demo/client';
import { loadDemo, timelineOf, type LoadedProject } from '../../tools/demo/load';

jest.setTimeout(240_000);

describe('the demo data set, loaded over HTTP', () => {
  let test: TestApp;
  let client: DemoClient;
  let loaded: LoadedProject[];

  beforeAll(async () => {
    test = await createTestApp(SUITE_CONTEXTS, { clock: fixedClock('2026-11-20T02:00:00Z') });
    client = new DemoClient(`http://127.0.0.1:${(test.app.getHttpServer().address() as AddressInfo).port}`);
    loaded = await loadDemo(client, '2026-11-20');
  });
  afterAll(async () => {
    await test.close();
    test.remove();
  });

  it('loads one park’s enterprises at every stage, six of them signed projects', async () => {
    expect(loaded.map((project) => project.target)).toEqual([
      'above_scale',
      'trial_production',
      'under_construction',
      'land_delivered',
      'approvals',
      'signed',
      'qualified',
      'rejected',
    ]);
    const stages = await Promise.all(
      loaded.flatMap((project) =>
        project.projectId === undefined ? [] : [client.get(`/api/v1/projects/${project.projectId}/state`, ['auditor', 'auditor-chen'])],
      ),
    );
    expect(stages.map((state) => state['stage'])).toEqual([
      'above_scale',
      'trial_production',
      'under_construction',
      'land_delivered',
      'approvals',
      'signed',
    ]);
    const park = await client.get('/api/v1/figures?parkId=xiangxiang-edz', ['admin', 'admin-li']);
    expect(park).toMatchObject({ projects: 6, registeredOnSigningDay: 6, startOfWork: { measured: 3, onDeliveryDay: 3 } });
  });

  it('prints the first project’s life in business order, from the fair to above-scale entry', async () => {
    const table = await timelineOf(client, loaded[0]!.projectId!);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^业务日期 date\s+服务 service\s+事实 fact\s+操作人 actor$/);
    const dates = lines.slice(2).map((line) => line.slice(0, 10));
    expect([...dates].sort()).toEqual(dates);
    const facts = [
      '登记招商线索',
      '签订投资协议（签约即注册）',
      '容缺受理',
      '补交容缺材料',
      '交地',
      '实际开工（T2）',
      '竣工',
      '试生产',
      '全面投产',
      '达规纳统',
    ];
    const positions = facts.map((fact) => lines.findIndex((line) => line.includes(` ${fact} `)));
    expect(positions.every((position) => position > 1)).toBe(true);
    expect([...positions].sort((left, right) => left - right)).toEqual(positions);
    expect(lines.find((line) => line.includes(' 交地 '))).toMatch(/^2025-05-01\s+land-delivery\s+交地\s+zhang\.wei$/);
  });
});
