/** A solved challenge, as the gateway's HotlineProofInput takes it. */
export interface WorkProof {
  challenge: string;
  nonce: string;
}

/** Digests computed between two looks at the clock: WebCrypto's calls are cheap only in batches. */
const BATCH = 1024;

/** How long the search may keep the page from painting: about a frame. */
const TURN_MS = 16;

/**
 * Lets the browser paint and handle input. Awaiting WebCrypto alone is not enough: Chromium runs
 * its answers ahead of rendering, so a search that only awaits them freezes the page — progress
 * bar included — until it ends. A timer task gives rendering its turn.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function leadingZeroBits(digest: Uint8Array): number {
  let bits = 0;
  for (const byte of digest) {
    if (byte !== 0) return bits + Math.clz32(byte) - 24;
    bits += 8;
  }
  return bits;
}

/**
 * Finds a nonce such that SHA-256("<challenge>:<nonce>") starts with `difficulty` zero bits, with
 * the browser's own WebCrypto (no third-party code). About once a frame it gives the page a turn
 * (`giveTurn`), so the page stays responsive and its progress bar moves. `onProgress` gets the
 * chance that a solution would have been found by now (0–1), which is what a progress bar can
 * honestly show for a search of random length.
 */
export async function solveChallenge(
  challenge: string,
  difficulty: number,
  onProgress: (share: number) => void = () => {},
  giveTurn: () => Promise<void> = nextTurn,
): Promise<WorkProof> {
  const encoder = new TextEncoder();
  const expectedTries = 2 ** difficulty;
  let turnStarted = performance.now();
  for (let start = 0; ; start += BATCH) {
    const nonces = Array.from({ length: BATCH }, (_, index) => (start + index).toString(36));
    const digests = await Promise.all(
      nonces.map((nonce) => crypto.subtle.digest('SHA-256', encoder.encode(`${challenge}:${nonce}`))),
    );
    const found = digests.findIndex((digest) => leadingZeroBits(new Uint8Array(digest)) >= difficulty);
    if (found >= 0) return { challenge, nonce: nonces[found]! };
    onProgress(1 - Math.exp(-(start + BATCH) / expectedTries));
    if (performance.now() - turnStarted >= TURN_MS) {
      await giveTurn();
      turnStarted = performance.now();
    }
  }
}
