import pg from 'pg';

/** The channel the tables the KPIs read notify on (see Migration20261220130000_kpi_change_notices). */
export const KPI_CHANGED_CHANNEL = 'adal_kpi_changed';

const RECONNECT_DELAY_MS = 1000;

/**
 * A count of the committed changes to the records behind the KPIs, as this process has heard of
 * them: a value computed while the count was n stays true as long as the count is n.
 */
export interface KpiChangeFeed {
  /**
   * The count once every notice of a transaction committed before the call has been heard; null
   * while not listening (then nothing can be trusted to be current).
   */
  settledGeneration(): Promise<number | null>;
  /** The count now, without waiting; null while not listening. */
  currentGeneration(): number | null;
  /** Called on every change of the count, including a lost or regained connection. */
  onChange(listener: () => void): void;
  close(): Promise<void>;
}

export interface KpiChangeFeedOptions {
  databaseUrl: string;
  /** Told when the connection is lost or can't be made; the feed keeps trying. */
  onError?: (error: unknown) => void;
  reconnectDelayMs?: number;
}

/**
 * One connection that LISTENs on the KPI channel and counts the notices. PostgreSQL sends a
 * notice only after its transaction commits, so a change is counted after it is visible to new
 * snapshots, never before. A lost connection may have missed notices: the count moves on when it
 * drops and again once it listens anew, and meanwhile the feed answers null.
 */
export async function listenForKpiChanges(o: KpiChangeFeedOptions): Promise<KpiChangeFeed> {
  let generation = 0;
  let listening: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | null = null;
  const listeners: (() => void)[] = [];
  const bump = () => {
    generation += 1;
    for (const listener of listeners) listener();
  };

  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: o.databaseUrl, application_name: 'adal-kpi-changes' });
    const lost = (error?: unknown) => {
      if (error !== undefined) o.onError?.(error);
      if (listening === client) {
        listening = null;
        bump();
      }
      client.removeAllListeners();
      // Ended anyway, since a client that errored keeps its socket; its late errors are moot.
      client.on('error', () => undefined);
      client.end().catch(() => undefined);
      if (!closed && retry === null) {
        retry = setTimeout(() => {
          retry = null;
          void connect();
        }, o.reconnectDelayMs ?? RECONNECT_DELAY_MS);
      }
    };
    client.on('notification', (message) => {
      if (message.channel === KPI_CHANGED_CHANNEL && listening === client) bump();
    });
    client.on('error', lost);
    client.on('end', () => lost());
    try {
      await client.connect();
      await client.query(`listen ${KPI_CHANGED_CHANNEL}`);
    } catch (error) {
      lost(error);
      return;
    }
    if (closed) {
      await client.end();
      return;
    }
    listening = client;
    // Whatever was written while no one listened.
    bump();
  };

  await connect();

  // PostgreSQL hands a listening session the notices waiting for it before it says it is ready
  // for the next query, and `pg` emits them in the order they come: once a round trip is
  // answered, every notice committed before it was sent has been counted. Requests that arrive
  // while one is on its way share the next one (sent after they arrived), not one each.
  let sent: Promise<unknown> | null = null;
  let queued: Promise<unknown> | null = null;
  const roundTrip = (client: pg.Client): Promise<unknown> => {
    if (sent === null) {
      sent = client.query('select 1').finally(() => (sent = null));
      return sent;
    }
    queued ??= sent
      .catch(() => undefined)
      .then(() => {
        queued = null;
        return roundTrip(client);
      });
    return queued;
  };

  return {
    async settledGeneration() {
      const client = listening;
      if (!client) return null;
      try {
        await roundTrip(client);
      } catch {
        return null;
      }
      return listening === client ? generation : null;
    },
    currentGeneration() {
      return listening ? generation : null;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    async close() {
      closed = true;
      if (retry) clearTimeout(retry);
      const client = listening;
      listening = null;
      if (client) {
        client.removeAllListeners();
        client.on('error', () => undefined);
        await client.end().catch(() => undefined);
      }
    },
  };
}
