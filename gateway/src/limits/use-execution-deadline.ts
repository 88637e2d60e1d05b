import { AsyncLocalStorage } from 'node:async_hooks';
import type { MikroORM as Orm } from '@adal/domain';
import type { ExecutionResult, GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { timedOut } from '../errors/graphql-errors.js';

interface Deadline {
  signal: AbortSignal;
  /** Called when the request's change commits: from then on the request is finished, not stopped. */
  disarm(): void;
}

/** The deadline of the GraphQL execution that the current code runs for, if any. */
const deadlines = new AsyncLocalStorage<Deadline>();

export interface ExecutionBudget {
  /** What a request may take. */
  ms: number;
  /**
   * What a request that uploads files may take: a spreadsheet import reads its file in a worker
   * bounded on its own (import-table.ts), which may take far longer than a question.
   */
  uploadMs: number;
}

/**
 * Gives every GraphQL execution its budget in milliseconds. When it runs out the request is answered
 * TIMEOUT at once and the executor resolves no further field, while resolvers already at work
 * are left to finish on their own: none of them can commit any more (see
 * `refuseCommitsPastDeadline`), so the answer is true — nothing the request was writing is kept.
 */
export function useExecutionDeadline(budget: ExecutionBudget): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const upload = request?.headers.get('content-type')?.startsWith('multipart/form-data') === true;
      const ms = upload ? budget.uploadMs : budget.ms;
      const deadline = new AbortController();
      const timer = setTimeout(() => deadline.abort(executionTimedOut(ms)), ms);
      timer.unref();
      const expired = new Promise<ExecutionResult>((resolve) => {
        deadline.signal.addEventListener(
          'abort',
          () => resolve({ data: null, errors: [deadline.signal.reason as GraphQLError] }),
          { once: true },
        );
      });
      // The executor stops resolving fields on this signal; a client that goes away stops it too.
      const signal = (args as typeof args & { signal?: AbortSignal }).signal;
      Object.assign(args, { signal: signal ? AbortSignal.any([signal, deadline.signal]) : deadline.signal });
      // A mutation's field is awaited whole, whatever the signal says: the race answers in time.
      const disarm = () => clearTimeout(timer);
      setExecuteFn((executionArgs) =>
        deadlines.run({ signal: deadline.signal, disarm }, () =>
          Promise.race([executeFn(executionArgs), expired]),
        ),
      );
      return {
        onExecuteDone() {
          clearTimeout(timer);
        },
      };
    },
  };
}

const guarded = new WeakSet<Orm>();

/**
 * Makes a transaction that a timed-out request began roll back instead of committing. A
 * resolver can't be interrupted in the middle of an await, but its commit passes here. A commit
 * that passes in time disarms the deadline: what follows it (sealing its audit events, ADR 015,
 * and resolving the result) must not be answered "nothing was saved".
 */
export function refuseCommitsPastDeadline(orm: Orm): void {
  if (guarded.has(orm)) return;
  guarded.add(orm);
  orm.em.getEventManager().registerSubscriber({
    beforeTransactionCommit(args) {
      const deadline = deadlines.getStore();
      if (!deadline) return;
      if (deadline.signal.aborted) throw deadline.signal.reason;
      if (!args.transaction?.savepointName) deadline.disarm();
    },
  });
}

function executionTimedOut(ms: number) {
  return timedOut(
    `The request took longer than ${ms / 1000} s and was stopped; nothing it was changing was saved. Try again, or ask for less at once.`,
  );
}
