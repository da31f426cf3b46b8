// Fault-injection fixture (bundled by faults.test.ts, never deployed): runs the REAL credit transaction
// (`cloudfunctions/_lib/credit.ts creditAndClose`) against a database whose transaction handle fails
// after its N-th step — by throwing, or by hanging past the function's timeout. Steps are counted over
// the callback's SDK calls (get wish, get its waiting record, get the points rules, get the journal
// entry (the idempotency key), get sponsor, get passbook, add journal, update sponsor, update or set
// passbook, update wish: `callbackSteps`, the test's CREDIT_STEPS); N = callbackSteps + 1 fails after
// the callback returned, before the SDK commits.
import * as cloud from 'wx-server-sdk';
import { creditAndClose } from '../../../cloudfunctions/_lib/credit';
import { DATABASE_OPTIONS } from '../../../cloudfunctions/_lib/db';

cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV as unknown as string });
const db = cloud.database(DATABASE_OPTIONS);

interface Event {
  callbackSteps: number;
  wishId: string;
  failAfter: number;
  mode: 'throw' | 'hang';
}

/* eslint-disable @typescript-eslint/no-explicit-any -- the SDK's transaction object is untyped */
export async function main(event: Event): Promise<unknown> {
  const steps: string[] = [];
  const fault = async () => {
    if (event.mode === 'hang') {
      console.log(`hanging at fault point ${event.failAfter}, after ${steps.length} steps`); // the test reads this line to know where it stopped
      await new Promise(() => undefined); // never settles: the host's timeout ends it
    }
    throw new Error(`injected fault after step ${steps.length}`);
  };
  const step = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
    const out = await run();
    steps.push(label);
    if (steps.length === event.failAfter) await fault();
    return out;
  };
  const wrap = (t: any) => ({
    rollback: (reason: unknown) => t.rollback(reason),
    collection: (name: string) => {
      const c = t.collection(name);
      return {
        add: (o: unknown) => step(`${name}.add`, () => c.add(o)),
        doc: (id: string) => {
          const d = c.doc(id);
          return {
            get: () => step(`${name}.get`, () => d.get()),
            update: (o: unknown) => step(`${name}.update`, () => d.update(o)),
            set: (o: unknown) => step(`${name}.set`, () => d.set(o)),
          };
        },
      };
    },
  });
  const faulty = {
    command: db.command,
    runTransaction: (cb: (t: any) => Promise<unknown>) =>
      (db as any).runTransaction(async (t: any) => {
        steps.length = 0;
        const out = await cb(wrap(t));
        if (event.failAfter === event.callbackSteps + 1) await fault();
        return out;
      }),
  };
  try {
    const r = await creditAndClose(faulty as any, event.wishId, new Date());
    return { outcome: r.outcome, steps };
  } catch (err) {
    return { error: (err as Error).message, steps };
  }
}
