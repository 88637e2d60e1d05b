#!/usr/bin/env node
// The two README commands land here: `npm start` and `npm test`.
// A fresh machine has only Node 20 and npm, while MikroORM 7, graphql 17 and
// vitest 5 need Node >= 22.17 (they use fs.globSync and newer ESM features).
// So this script, written for any Node >= 18 and free of dependencies, brings the
// pinned toolchain from the npm registry into .tools/ (Node itself ships there as
// the node-<os>-<arch> package), installs the workspace with the pinned pnpm, and
// then runs the task under the pinned Node. See docs/adr/001-toolchain-bootstrap.md.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NODE_VERSION = '22.23.3';
const PNPM_VERSION = '12.4.2';
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const tools = join(root, '.tools');
const task = process.argv[2] ?? 'start';
const extraArgs = process.argv.slice(3);

function run(cmd, args, options = {}) {
  const result = spawnSync(cmd, args, { stdio: 'inherit', cwd: root, ...options });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    console.error(`\n✖ ${cmd} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
    process.exit(result.status ?? 1);
  }
}

function npmInstallTool(dir, spec) {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(join(dir, 'package.json'))) writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '--prefix', dir, spec]);
}

function ensureNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > 22 || (major === 22 && minor >= 17)) return process.execPath;
  const pkg = `node-${process.platform}-${process.arch}`;
  const dir = join(tools, `node-${NODE_VERSION}`);
  const bin = join(dir, 'node_modules', pkg, 'bin', 'node');
  if (!existsSync(bin)) {
    console.log(
      `• Node ${process.versions.node} is too old for the suite; fetching Node ${NODE_VERSION} (${pkg})`,
    );
    npmInstallTool(dir, `${pkg}@${NODE_VERSION}`);
  }
  return bin;
}

function ensurePnpm(nodeBin) {
  const dir = join(tools, `pnpm-${PNPM_VERSION}`);
  const entry = join(dir, 'node_modules', 'pnpm', 'bin', 'pnpm.mjs');
  if (!existsSync(entry)) {
    console.log(`• fetching pnpm ${PNPM_VERSION}`);
    npmInstallTool(dir, `pnpm@${PNPM_VERSION}`);
  }
  return entry;
}

function ensureWorkspace(pnpm) {
  // Install only when the lockfile changed since the last install.
  const lock = readFileSync(join(root, 'pnpm-lock.yaml'));
  const stamp = join(root, 'node_modules', '.adal-lock-hash');
  const hash = createHash('sha256').update(lock).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  console.log('• installing the workspace (pnpm install --frozen-lockfile)');
  pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
  writeFileSync(stamp, hash);
}

function ensureChromium() {
  // Browser tests drive Debian's Chromium; a downloaded browser build is never used.
  const bin = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (existsSync(bin)) return;
  console.log('• installing Chromium from Debian (apt-get)');
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (args) => run(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args]);
  apt(['update']);
  apt(['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
}

// The domain and gateway tests need a PostgreSQL server they may create databases on.
const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

function reachable(host, port) {
  const probe = `const s=require('net').connect(${port},${JSON.stringify(host)});s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));setTimeout(()=>process.exit(1),3000)`;
  return spawnSync(process.execPath, ['-e', probe]).status === 0;
}

function ensurePostgres() {
  const url = new URL(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
  const host = url.hostname || '127.0.0.1';
  const port = Number(url.port || 5432);
  if (reachable(host, port)) return;
  // A fresh machine with only Node and npm has no server: Debian's is installed, as Chromium is,
  // and started with password-less local connections for the tests. A DATABASE_URL is the
  // caller's own server, never replaced.
  if (!process.env.DATABASE_URL && existsSync('/usr/bin/apt-get') && process.getuid?.() === 0) {
    console.log('• installing PostgreSQL from Debian (apt-get), as none answers on 127.0.0.1:5432');
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'postgresql']);
    for (const version of readdirSync('/etc/postgresql')) {
      const hba = join('/etc/postgresql', version, 'main', 'pg_hba.conf');
      const local = 'host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n';
      writeFileSync(hba, local + readFileSync(hba, 'utf8'));
      // Debian starts the new cluster when it can; stopped or running, it now reads the new rules.
      spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'stop'], {
        stdio: 'inherit',
      });
      run('pg_ctlcluster', ['--skip-systemctl-redirect', version, 'main', 'start']);
    }
    if (reachable(host, port)) return;
  }
  console.error(
    `No PostgreSQL answers at ${host}:${port}: start one there (trust auth for postgres), or set DATABASE_URL to a server the tests may create databases on.`,
  );
  process.exit(1);
}

// Vitest's own summary is not a line every CI reader knows, so the run ends with the
// plain "Tests: N passed, N failed" line read from vitest's JSON report.
function runTests(nodeBin, pnpmEntry, env, args) {
  const report = join(root, '.data', 'vitest-report.json');
  mkdirSync(dirname(report), { recursive: true });
  const vitestArgs = [
    'exec',
    'vitest',
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ];
  // The count is this run's or none: a report left by an earlier run must not stand in for it.
  rmSync(report, { force: true });
  const result = spawnSync(nodeBin, [pnpmEntry, ...vitestArgs, ...args], {
    stdio: 'inherit',
    cwd: root,
    env,
  });
  if (!existsSync(report)) {
    console.error('\nTests: no report — vitest stopped before writing .data/vitest-report.json');
    process.exit(result.status || 1);
  }
  const { numPassedTests, numFailedTests, numPendingTests, testResults } = JSON.parse(
    readFileSync(report, 'utf8'),
  );
  console.log(`\nTests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
  // A file whose set-up throws fails without a failed test: its tests count as skipped. (The
  // report's "test suites" count describe blocks too, so files are counted from its results.)
  const failedFiles = testResults.filter((file) => file.status === 'failed').length;
  if (failedFiles > 0) console.log(`Test files: ${failedFiles} failed`);
  // Vitest fails a run on an error no test caught (an unhandled rejection) even when every test passed.
  if (result.status !== 0 && numFailedTests === 0) {
    console.error('Tests: the run failed outside any test — see "Unhandled Errors" above');
  }
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Package scripts call `pnpm` and `node` by name: a shim folder puts the pinned ones first on PATH.
function shimFolder(nodeBin, pnpmEntry) {
  const bin = join(tools, 'bin');
  mkdirSync(bin, { recursive: true });
  const shim = join(bin, 'pnpm');
  writeFileSync(shim, `#!/bin/sh\nexec "${nodeBin}" "${pnpmEntry}" "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

const nodeBin = ensureNode();
const pnpmEntry = ensurePnpm(nodeBin);
const env = {
  ...process.env,
  PATH: `${shimFolder(nodeBin, pnpmEntry)}:${dirname(nodeBin)}:${process.env.PATH}`,
};
const p = (args) => run(nodeBin, [pnpmEntry, ...args], { env });
ensureWorkspace(p);

switch (task) {
  case 'start': {
    p(['run', 'build']);
    // The demo asks for its password-less logins, its demo organisations and generated keys in
    // .data/ by name; a gateway started any other way has none of them unless configured.
    const demo = {
      ...env,
      ADAL_DEV_LOGIN: process.env.ADAL_DEV_LOGIN ?? '1',
      ADAL_DEMO: process.env.ADAL_DEMO ?? '1',
    };
    run(nodeBin, [pnpmEntry, '--filter', '@adal/gateway', 'run', 'start', ...extraArgs], { env: demo });
    break;
  }
  case 'test': {
    // Each step's time is printed at the end, so a slower run says which step grew.
    const times = [];
    const step = (name, work) => {
      const start = Date.now();
      work();
      times.push(`${name} ${Math.round((Date.now() - start) / 1000)} s`);
    };
    ensurePostgres();
    ensureChromium();
    step('lint', () => p(['run', 'lint']));
    step('typecheck', () => p(['run', 'typecheck']));
    step('schema', () => p(['run', 'schema:check']));
    step('build', () => p(['run', 'build']));
    step('tests', () => runTests(nodeBin, pnpmEntry, env, extraArgs));
    // The benchmarks in smoke mode: small sizes and short runs that prove each still runs (a wrong
    // result fails it); their figures are for people to read (npm run bench), not for CI to assert.
    if (extraArgs.length === 0) step('bench', () => p(['--filter', '@adal/test', 'run', 'bench', '--smoke']));
    console.log(`Steps: ${times.join(', ')}`);
    break;
  }
  case 'exec':
    // One project or file under the pinned toolchain, without lint, typecheck and build first:
    // `node scripts/adal.mjs exec vitest run --project hotline`.
    p(['exec', ...extraArgs]);
    break;
  case 'seed:scale':
    // The benchmarks' holding (100 000 people by default) into a database of its own.
    ensurePostgres();
    p(['--filter', '@adal/domain', 'exec', 'tsx', 'src/cli/seed-scale.ts', ...extraArgs]);
    break;
  case 'bench':
    // Every benchmark and one table of figures beside their floors (docs/performance.md).
    ensurePostgres();
    ensureChromium();
    p(['run', 'build']);
    p(['--filter', '@adal/test', 'run', 'bench', ...extraArgs]);
    break;
  case 'bench:load':
    // The exam load test (test/bench/load): `npm run bench:load -- --users 3000 --ramp 180 --think 30-90`.
    ensurePostgres();
    p(['--filter', '@adal/test', 'exec', 'tsx', 'bench/load/main.ts', ...extraArgs]);
    break;
  default:
    // Any other root script, run under the pinned toolchain: `node scripts/adal.mjs lint`.
    p(['run', task, ...extraArgs]);
}
