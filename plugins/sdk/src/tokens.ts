import tokensCss from './tokens.css?inline';
import chartCss from 'vue-echarts/style.css?inline';
import componentsCss from './components/components.css?inline';

const STYLE_ID = 'adal-tokens';

/**
 * Puts the design tokens on the page once. Injected from script because the sdk reaches the
 * browser as a shared module through the import map, where a CSS import would not be loaded.
 * The styles of the sdk's components (its own and the chart's) ride along for the same reason.
 */
export function installAdalTokens(doc: Document): void {
  if (doc.getElementById(STYLE_ID)) return;
  const style = doc.createElement('style');
  style.id = STYLE_ID;
  style.textContent = `${tokensCss}\n${componentsCss}\n${chartCss}`;
  doc.head.append(style);
}

export { tokensCss };
