import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { OPERATIONS, type Operation } from './measurements.js';

/** One run's point on the curve: its size and each operation's p95. */
export interface CurvePoint {
  users: number;
  database: 'postgresql' | 'embedded';
  /** The profile in words ("ramp 180 s, think 30–90 s"): points of one profile form one chart. */
  profile: string;
  at: string;
  p95: Partial<Record<Operation, number>>;
}

/** Adds the run to the results file, replacing an earlier run of the same size, database and profile. */
export async function recordPoint(file: string, point: CurvePoint): Promise<CurvePoint[]> {
  const earlier: CurvePoint[] = existsSync(file)
    ? (JSON.parse(await readFile(file, 'utf8')) as CurvePoint[])
    : [];
  const kept = earlier.filter(
    (p) => !(p.users === point.users && p.database === point.database && p.profile === point.profile),
  );
  const points = [...kept, point].sort((a, b) => a.users - b.users);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(points, null, 2) + '\n');
  return points;
}

const COLOURS: Record<Operation, string> = {
  signIn: '#1b6ca8',
  openTest: '#7a5195',
  startAttempt: '#d1495b',
  saveAnswer: '#2e933c',
  submitAttempt: '#edae49',
};
const WIDTH = 720;
const PANEL = 300;
const MARGIN = { left: 70, right: 150, top: 40, bottom: 50 };

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A round step for about five grid lines up to `max`. */
function step(max: number): number {
  const raw = max / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
}

function panel(points: readonly CurvePoint[], title: string, top: number, goalMs: number): string {
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = PANEL - MARGIN.top - MARGIN.bottom;
  const maxUsers = Math.max(...points.map((p) => p.users));
  const maxMs = Math.max(goalMs, ...points.flatMap((p) => Object.values(p.p95).filter(Number.isFinite)));
  const yStep = step(maxMs);
  const yMax = Math.ceil(maxMs / yStep) * yStep;
  const x = (users: number) => MARGIN.left + (maxUsers === 0 ? 0 : (users / maxUsers) * plotWidth);
  const y = (ms: number) => top + MARGIN.top + plotHeight - (ms / yMax) * plotHeight;
  const parts: string[] = [
    `<text x="${MARGIN.left}" y="${top + 22}" font-size="14" font-weight="bold">${escape(title)}</text>`,
  ];
  for (let ms = 0; ms <= yMax; ms += yStep) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(ms)}" y2="${y(ms)}" stroke="#ddd"/>`,
      `<text x="${MARGIN.left - 8}" y="${y(ms) + 4}" font-size="11" text-anchor="end">${ms}</text>`,
    );
  }
  for (const users of new Set(points.map((p) => p.users))) {
    parts.push(
      `<text x="${x(users)}" y="${top + PANEL - MARGIN.bottom + 18}" font-size="11" text-anchor="middle">${users}</text>`,
    );
  }
  parts.push(
    `<text x="${MARGIN.left + plotWidth / 2}" y="${top + PANEL - 10}" font-size="12" text-anchor="middle">test-takers (N)</text>`,
    `<text x="16" y="${top + MARGIN.top + plotHeight / 2}" font-size="12" text-anchor="middle" transform="rotate(-90 16 ${top + MARGIN.top + plotHeight / 2})">p95, ms</text>`,
  );
  if (goalMs <= yMax) {
    parts.push(
      `<line x1="${MARGIN.left}" x2="${MARGIN.left + plotWidth}" y1="${y(goalMs)}" y2="${y(goalMs)}" stroke="#555" stroke-dasharray="6 4"/>`,
      `<text x="${MARGIN.left + plotWidth - 4}" y="${y(goalMs) - 5}" font-size="11" text-anchor="end">goal: p95 ≤ ${goalMs} ms</text>`,
    );
  }
  OPERATIONS.forEach((operation, i) => {
    const line = points.filter((p) => Number.isFinite(p.p95[operation]));
    if (line.length === 0) return;
    const path = line.map(
      (p, j) => `${j === 0 ? 'M' : 'L'}${x(p.users).toFixed(1)},${y(p.p95[operation]!).toFixed(1)}`,
    );
    parts.push(`<path d="${path.join(' ')}" fill="none" stroke="${COLOURS[operation]}" stroke-width="2"/>`);
    for (const p of line) {
      parts.push(
        `<circle cx="${x(p.users).toFixed(1)}" cy="${y(p.p95[operation]!).toFixed(1)}" r="3" fill="${COLOURS[operation]}"/>`,
      );
    }
    const legendY = top + MARGIN.top + 10 + i * 18;
    parts.push(
      `<line x1="${WIDTH - MARGIN.right + 15}" x2="${WIDTH - MARGIN.right + 35}" y1="${legendY}" y2="${legendY}" stroke="${COLOURS[operation]}" stroke-width="2"/>`,
      `<text x="${WIDTH - MARGIN.right + 40}" y="${legendY + 4}" font-size="11">${operation}</text>`,
    );
  });
  return parts.join('\n');
}

/** The curve of N against each operation's p95, one panel per database and profile, beside the goal. */
export function renderCurve(points: readonly CurvePoint[], goalMs: number): string {
  const groups = new Map<string, CurvePoint[]>();
  for (const point of points) {
    const key = `${point.database === 'embedded' ? 'Embedded PGlite' : 'PostgreSQL'}: ${point.profile}`;
    groups.set(key, [...(groups.get(key) ?? []), point]);
  }
  const panels = [...groups.entries()].map(([title, group], i) =>
    panel(group, `Exam load, ${title}`, i * PANEL, goalMs),
  );
  const height = Math.max(1, groups.size) * PANEL;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="sans-serif">`,
    `<rect width="${WIDTH}" height="${height}" fill="#fff"/>`,
    ...panels,
    '</svg>',
    '',
  ].join('\n');
}

export async function writeCurve(file: string, points: readonly CurvePoint[], goalMs: number): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, renderCurve(points, goalMs));
}
