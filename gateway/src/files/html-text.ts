/** A text as it may stand inside an HTML page the gateway writes (the pages people reach without the shell). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
