import type { Locator } from 'playwright-core';

/**
 * Waits for a dialog to close after its action. One that stays open fails the story with what it
 * says (an error beside a field, the server's refusal), not with a bare timeout.
 */
export async function dialogCloses(dialog: Locator): Promise<void> {
  try {
    await dialog.waitFor({ state: 'hidden' });
  } catch (error) {
    const says = await dialog.innerText({ timeout: 1_000 }).catch(() => '(its text could not be read)');
    throw new Error(`The dialog stayed open. It says:\n${says}`, { cause: error });
  }
}
