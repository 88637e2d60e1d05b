import type { EventSubscriber, MikroORM, Transaction, TransactionEventArgs } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sealAuditEvents } from './seal-audit-events.js';

/**
 * ADR 015: after a transaction that recorded audit events commits, the events are sealed into
 * their organisations' chains before `em.transactional` returns, so whoever wrote can read them.
 * Sealers of one organisation in this process are coalesced: while one runs, every commit that
 * asks joins the single next run, which starts after the current one and so sees their events.
 * Under a burst of writers the chain head is then taken once per batch instead of once per event.
 */
export class AuditSealer {
  readonly #running = new Map<string, Promise<void>>();
  readonly #next = new Map<string, Promise<void>>();

  /** `sealOnce` appends what is waiting for one organisation (`sealAuditEvents` on a fresh entity manager). */
  constructor(private readonly sealOnce: (organizationId: string) => Promise<unknown>) {}

  seal(organizationId: string): Promise<void> {
    const next = this.#next.get(organizationId);
    if (next) return next;
    const running = this.#running.get(organizationId);
    if (!running) return this.#run(organizationId);
    const joined = running.then(() => this.#run(organizationId));
    this.#next.set(organizationId, joined);
    return joined;
  }

  async #run(organizationId: string): Promise<void> {
    this.#next.delete(organizationId);
    const run = this.sealOnce(organizationId).then(
      () => undefined,
      (error: unknown) => {
        // The change and its event are committed; only the seal waits. The next seal of the
        // organisation, a verification or the checkpoint job's sweep appends it.
        console.error(`audit: the events of organisation ${organizationId} wait to be sealed`, error);
      },
    );
    this.#running.set(organizationId, run);
    await run;
    if (this.#running.get(organizationId) === run) this.#running.delete(organizationId);
  }
}

type Tx = Transaction & { savepointName?: string };

/** The organisations each top-level transaction recorded events for; savepoints point to their parent. */
const recordedBy = new WeakMap<Tx, Set<string>>();
const parentOf = new WeakMap<Tx, Tx>();
const openingIn = new WeakMap<object, Tx>();

function topLevel(trx: Tx): Tx {
  let current = trx;
  for (let parent = parentOf.get(current); parent; parent = parentOf.get(current)) current = parent;
  return current;
}

/** Called by recordAudit: the organisation's chain is sealed when the transaction of `em` commits. */
export function sealOnCommit(em: EntityManager, organizationId: string): void {
  const trx = em.getTransactionContext<Tx>();
  if (!trx) throw new Error('recordAudit must run inside the transaction of the change it records');
  const root = topLevel(trx);
  const orgs = recordedBy.get(root) ?? new Set<string>();
  orgs.add(organizationId);
  recordedBy.set(root, orgs);
}

/** Follows transactions and savepoints of every entity manager of the ORM and seals after commits. */
export function auditSealingSubscriber(sealer: AuditSealer): EventSubscriber {
  return {
    // A savepoint is opened with its parent in hand (before) and reported without it (after), both
    // through the nested transaction's own entity manager.
    beforeTransactionStart(args: TransactionEventArgs) {
      if (args.transaction) openingIn.set(args.em, args.transaction as Tx);
    },
    afterTransactionStart(args: TransactionEventArgs) {
      const parent = openingIn.get(args.em);
      openingIn.delete(args.em);
      const trx = args.transaction as Tx | undefined;
      if (parent && trx?.savepointName) parentOf.set(trx, parent);
    },
    async afterTransactionCommit(args: TransactionEventArgs) {
      const trx = args.transaction as Tx | undefined;
      if (!trx || trx.savepointName) return;
      const orgs = recordedBy.get(trx);
      if (!orgs) return;
      recordedBy.delete(trx);
      await Promise.all([...orgs].map((organizationId) => sealer.seal(organizationId)));
    },
  };
}

/**
 * Wires the sealer into an ORM opened with the audit trail's settings. Extensions register before
 * the ORM makes its first entity manager, which takes its subscribers from the configuration.
 */
export function registerAuditSealing(orm: MikroORM): void {
  const sealer = new AuditSealer((organizationId) =>
    sealAuditEvents(orm.em.fork() as EntityManager, organizationId),
  );
  orm.config.set('subscribers', [...orm.config.get('subscribers'), auditSealingSubscriber(sealer)]);
}
