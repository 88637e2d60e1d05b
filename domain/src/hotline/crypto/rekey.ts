import type { QueryResult } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { open, seal, sealedKeyId, type HotlineKeyring } from './keyring.js';
import { SEALED_COLUMNS } from './sealed-fields.js';

const BATCH = 100;
// The header (version, key id length, key id) fits in the first 66 bytes.
const HEADER_BYTES = 66;

/**
 * Key rotation, step two: re-seals every blob not under the current key, so that the old key
 * can then be dropped from the configuration. Reads headers only to find them, then one blob
 * at a time (attachments are up to 5 MB). Returns how many blobs moved. Run it in a
 * transaction per call, or repeatedly: it is idempotent.
 */
export async function reencryptHotlineData(em: EntityManager, keyring: HotlineKeyring): Promise<number> {
  let moved = 0;
  for (const { table, column, aad } of SEALED_COLUMNS) {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = await em.execute<{ id: string; head: Buffer }[]>(
        `select id, substring("${column}" from 1 for ${HEADER_BYTES}) as head from "${table}"
         where "${column}" is not null and id > ? order by id limit ${BATCH}`,
        [after],
      );
      for (const row of rows) {
        if (sealedKeyId(row.head) === keyring.currentKeyId) continue;
        const [full] = await em.execute<{ blob: Buffer }[]>(
          `select "${column}" as blob from "${table}" where id = ?`,
          [row.id],
        );
        if (!full) continue;
        const resealed = seal(keyring, open(keyring, full.blob, aad(row.id)), aad(row.id));
        // Only if nobody rewrote it meanwhile (a finding revised while the keys rotate is sealed
        // under the new key already): the re-sealed old text must never overwrite it. No lock
        // is held over the whole rotation, which may take long.
        const updated = await em.execute<QueryResult>(
          `update "${table}" set "${column}" = ? where id = ? and "${column}" = ?`,
          [resealed, row.id, full.blob],
          'run',
        );
        if (updated.affectedRows > 0) moved += 1;
      }
      const last = rows.at(-1);
      if (!last || rows.length < BATCH) break;
      after = last.id;
    }
  }
  return moved;
}
