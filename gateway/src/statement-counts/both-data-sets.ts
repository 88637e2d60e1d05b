import { growDemo } from '@adal/domain/testing';
import { DEMO_HOTLINE_KEYRING } from '@adal/domain/testing/demo';
import { startDemoGateway } from '../authorization/demo-fixture.js';
import { gatewaySchema } from '../schema.js';
import { countOperationStatements, type OperationStatements } from './operation-statements.js';

export interface BothDataSets {
  /** On the demo. */
  small: OperationStatements[];
  /** On the demo grown by `copies` copies of its organisation's rows. */
  large: OperationStatements[];
}

/** Rounds of copies for the larger data set: six times the demo's rows. */
export const COPIES = 5;

export interface BothDataSetsOptions {
  /** Rounds of copies for the larger data set; COPIES when absent. */
  copies?: number;
  /** False: each target by the first caller allowed only (a quick run). */
  everyCaller?: boolean;
}

/**
 * Counts the statements of every query on the demo, grows the demo organisation, and counts
 * again, in one throwaway database.
 */
export async function statementsOnBothDataSets(options: BothDataSetsOptions = {}): Promise<BothDataSets> {
  const { copies = COPIES, everyCaller = true } = options;
  const running = await startDemoGateway();
  try {
    const schema = gatewaySchema({ devLogin: true });
    // A first pass leaves behind what reads write (a handler's download of a case's file or of its
    // PDF is a step of the case's timeline, whose actor's name is then looked up), so that both
    // counts see it.
    await countOperationStatements(running, schema, everyCaller);
    const small = await countOperationStatements(running, schema, everyCaller);
    await growDemo(running.gateway.orm.em, {
      organizationId: running.demo.organizationId,
      copies,
      keepPeople: Object.values(running.demo.personIds),
      hotlineKeyring: DEMO_HOTLINE_KEYRING,
    });
    const large = await countOperationStatements(running, schema, everyCaller);
    return { small, large };
  } finally {
    await running.gateway.drop();
  }
}
