import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { parkScopeSpec, parkScopesOf, routesOf } from '@ia/testing';
import { ApprovalsModule } from './approvals.module';

// Queues, catalogue, calendar, the plan, every step on an item and the erasure.
parkScopeSpec('approvals', ApprovalsModule, 27);

describe('approvals reference data', () => {
  it('keeps the catalogue and the calendar county-wide to change, open to every park to read', () => {
    const reference = routesOf(ApprovalsModule).filter(({ controller }) =>
      /approvals\/(catalog|calendar)/.test(String(Reflect.getMetadata(PATH_METADATA, controller))),
    );
    expect(reference).toHaveLength(7);
    for (const route of reference) {
      const reads = Reflect.getMetadata(METHOD_METADATA, route.handler) === 0;
      expect(parkScopesOf(route)).toEqual([{ kind: reads ? 'filtered' : 'county' }]);
    }
  });
});
