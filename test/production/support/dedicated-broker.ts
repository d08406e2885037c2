import { join } from 'node:path';

/** A broker of the test's own, for what must not happen to the run's shared one: stopped, restarted, hung. */
export interface DedicatedBroker {
  readonly brokers: readonly string[];
  /** Stops it, keeping its data: restart() brings back every topic and committed offset. */
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** SIGSTOP: it keeps accepting connections and answers nothing, until resume(). */
  pause(): void;
  resume(): void;
  close(): Promise<void>;
}

interface BrokerScript {
  startBroker(): Promise<DedicatedBroker>;
  unavailableReason(): string | undefined;
}

// The script is plain JavaScript, shared with Jest's global setup and `npm run kafka`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const script = require(join(__dirname, '..', '..', '..', 'infra', 'kafka', 'broker.js')) as BrokerScript;

export const startDedicatedBroker = (): Promise<DedicatedBroker> => script.startBroker();
export const brokerUnavailable = (): string | undefined => script.unavailableReason();
