import type { Page } from 'playwright-core';

/** A place where a person would see text cut off, spilling out of its box, or broken inside a word. */
export interface LayoutProblem {
  kind: 'overflow' | 'broken-word' | 'page-scrolls-sideways';
  /** A CSS-ish path to the element, e.g. `table > thead > tr > th:nth-child(3) > span`. */
  where: string;
  text: string;
}

/**
 * Looks at what is rendered inside `root` as a person would: every box with text must hold it
 * (scrollWidth within clientWidth), no line may break inside a word (a text node never takes more
 * lines than it has words), and the page itself must not scroll sideways. A region that scrolls
 * sideways on purpose (`overflow-x: auto|scroll`, e.g. a wide table) is allowed to be wider than
 * its box; what is inside it is checked all the same.
 */
export function findLayoutProblems(page: Page, root = '.adal-plugin'): Promise<LayoutProblem[]> {
  return page.evaluate((rootSelector) => {
    const problems: {
      kind: 'overflow' | 'broken-word' | 'page-scrolls-sideways';
      where: string;
      text: string;
    }[] = [];
    const pathOf = (element: Element): string => {
      const parts: string[] = [];
      for (let node: Element | null = element; node && parts.length < 6; node = node.parentElement) {
        const index = node.parentElement ? [...node.parentElement.children].indexOf(node) + 1 : 1;
        parts.unshift(
          `${node.tagName.toLowerCase()}${node.className ? `.${String(node.className).split(' ')[0]}` : ''}:nth-child(${index})`,
        );
      }
      return parts.join(' > ');
    };
    const hiddenOnPurpose = (element: Element): boolean => {
      for (let node: Element | null = element; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden') return true;
        // Text for screen readers only: clipped to a pixel by design.
        if (style.clip !== 'auto' || style.clipPath !== 'none') return true;
        if (node.getAttribute('aria-hidden') === 'true') return true;
      }
      return false;
    };
    const viewport = document.documentElement;
    if (viewport.scrollWidth > viewport.clientWidth + 1) {
      // Name the outermost element that reaches past the right edge, outside any scrolling box.
      const inScroller = (element: Element): boolean => {
        for (let node = element.parentElement; node; node = node.parentElement) {
          const overflowX = getComputedStyle(node).overflowX;
          if (overflowX === 'auto' || overflowX === 'scroll' || overflowX === 'hidden') return true;
        }
        return false;
      };
      const culprit = [...document.body.querySelectorAll('*')].find(
        (element) => element.getBoundingClientRect().right > viewport.clientWidth + 1 && !inScroller(element),
      );
      problems.push({
        kind: 'page-scrolls-sideways',
        where: culprit ? pathOf(culprit) : 'html',
        text: `${viewport.scrollWidth} > ${viewport.clientWidth}`,
      });
    }
    const scope = document.querySelector(rootSelector);
    if (!scope) return problems;
    for (const element of [scope, ...scope.querySelectorAll('*')]) {
      if (!(element instanceof HTMLElement) || element.clientWidth === 0) continue;
      const text = element.innerText?.trim() ?? '';
      if (text === '' || hiddenOnPurpose(element)) continue;
      const overflowX = getComputedStyle(element).overflowX;
      const scrollsOnPurpose = overflowX === 'auto' || overflowX === 'scroll';
      if (!scrollsOnPurpose && element.scrollWidth > element.clientWidth + 1) {
        problems.push({ kind: 'overflow', where: pathOf(element), text: text.slice(0, 80) });
      }
    }
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (text === '' || !parent || hiddenOnPurpose(parent)) continue;
      // A line may end at a space or after a hyphen or dash; anywhere else it broke a word.
      const words = text.split(/[\s\u00a0]+|(?<=[-‐–—/])/).filter((word) => word !== '').length;
      const range = document.createRange();
      range.selectNodeContents(node);
      const lineTops = new Set(
        [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
      );
      if (lineTops.size > words) {
        problems.push({ kind: 'broken-word', where: pathOf(parent), text: text.slice(0, 80) });
      }
    }
    return problems;
  }, root);
}
