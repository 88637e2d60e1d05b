import { parseHotlineKeyring } from '@adal/domain';
import { startGateway } from '../start-gateway.js';

// A gateway in a process of its own, for tests that kill it (crash.test.ts): it listens on a free
// port of the database named by DATABASE_URL, with the hotline keys of the environment, and
// prints "listening <url>" once it takes requests.
const databaseUrl = process.env['DATABASE_URL'];
const keys = process.env['ADAL_HOTLINE_KEYS'];
const pepper = process.env['ADAL_HOTLINE_RECEIPT_PEPPER'];
if (!databaseUrl || !keys || !pepper) {
  throw new Error('gateway-process needs DATABASE_URL, ADAL_HOTLINE_KEYS and ADAL_HOTLINE_RECEIPT_PEPPER');
}
const gateway = await startGateway({
  port: 0,
  databaseUrl,
  hotlineKeyring: parseHotlineKeyring(keys, pepper),
  jobs: false,
  trustProxy: 1,
});
console.log(`listening ${gateway.url}`);
