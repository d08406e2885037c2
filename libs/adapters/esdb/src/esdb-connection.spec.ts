import { connectEventStoreDb, maskEventStoreDbUrl } from './esdb-connection';

describe('EventStoreDB connection', () => {
  it('fails within seconds, naming EventStoreDB and the address, when nothing listens', async () => {
    const started = Date.now();
    await expect(connectEventStoreDb('esdb://127.0.0.1:1?tls=false')).rejects.toThrow(
      /^EventStoreDB at esdb:\/\/127\.0\.0\.1:1\?tls=false is unreachable/,
    );
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('never shows a password', () => {
    expect(maskEventStoreDbUrl('esdb://admin:changeit@db.internal:2113?tls=true')).toBe('esdb://***@db.internal:2113?tls=true');
  });
});
