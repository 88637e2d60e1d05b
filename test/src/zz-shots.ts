import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { AdalPage } from './harness/browser';
import { startBrowserStack, DECLARATIONS_PLUGIN, TRAINING_PLUGIN, HOTLINE_PLUGIN, ADMIN_PLUGIN } from './harness/browser-stack';
import { signInThroughLoginPage } from './harness/login';
import { findLayoutProblems } from './harness/layout';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const combos = (process.env.COMBOS ?? '360:kk,1366:ru').split(',').map((c) => { const [w, l] = c.split(':'); return { w: Number(w), l }; });
const report: Record<string, unknown> = {};

async function settle(page: Page) {
  try { await page.waitForLoadState('networkidle', { timeout: 8000 }); } catch {}
  await page.waitForTimeout(700);
}
async function analyse(page: Page, name: string) {
  const axe = await page.evaluate(async (src) => {
    // eslint-disable-next-line no-eval
    (0, eval)(src);
    const r = await (window as any).axe.run(document);
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n: any) => ({ t: n.target, h: n.html.slice(0, 160), s: n.failureSummary?.slice(0, 200) })) }));
  }, axeSource);
  const layout = await findLayoutProblems(page, 'body').catch((e) => [{ err: String(e) }]);
  const latin = await page.evaluate(() => {
    const out: string[] = [];
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let n: Node | null;
    while ((n = w.nextNode())) { const t = n.textContent?.trim() ?? ''; if (/[A-Za-z]{2,}/.test(t) && !(n.parentElement?.closest('script,style'))) out.push(t.slice(0, 120)); }
    const attrs: string[] = [];
    document.querySelectorAll('[aria-label],[placeholder],[title]').forEach((e) => { for (const a of ['aria-label', 'placeholder', 'title']) { const v = e.getAttribute(a); if (v && /[A-Za-z]{3,}/.test(v)) attrs.push(`${a}=${v.slice(0, 100)}`); } });
    return { text: [...new Set(out)], attrs: [...new Set(attrs)] };
  });
  const header = await page.evaluate(() => { const h = document.querySelector('header'); return h ? h.getBoundingClientRect().height : null; });
  const scrollW = await page.evaluate(() => document.documentElement.scrollWidth);
  report[name] = { url: page.url(), axe, layout, latin, header, scrollW };
  await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  console.log('shot', name);
}
async function hrefs(page: Page, part: string): Promise<string[]> {
  return page.evaluate((p) => [...document.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '').filter((h) => h.includes(p)), part);
}

const running = await startBrowserStack('zz-shots', { imports: () => ({ ...DECLARATIONS_PLUGIN, ...TRAINING_PLUGIN, ...HOTLINE_PLUGIN, ...ADMIN_PLUGIN }) });
const { stack, browser } = running;
try {
  for (const { w, l } of combos) {
    const sfx = `${l}-${w}`;
    const login = async (email: string) => {
      const adal = await AdalPage.open(browser, stack.url, { width: w, height: w < 500 ? 780 : 900 });
      await adal.context.addInitScript('window.__name = (f) => f;');
      await adal.visit('/');
      await signInThroughLoginPage(adal, email);
      await adal.page.evaluate((loc) => localStorage.setItem('adal.locale', loc), l);
      return adal;
    };
    const go = async (adal: AdalPage, path: string) => { await adal.visit(path); await settle(adal.page); };
    // employee
    {
      const adal = await login('employee@demo.adal.kz'); const { page } = adal;
      try {
        await go(adal, '/declarations'); await analyse(page, `emp-mydecl-${sfx}`);
        const camp = (await hrefs(page, '/declarations/my/campaigns/'))[0];
        const gift = (await hrefs(page, '/declarations/gifts/'))[0];
        console.log('emp links', camp, gift);
        const notify = l === 'kk' ? 'Мүдделер қақтығысы туралы хабарлау' : 'Уведомить о конфликте интересов';
        await page.getByRole('button', { name: notify }).first().click(); await page.getByRole('dialog').waitFor(); await settle(page);
        await analyse(page, `emp-notify-dialog-${sfx}`);
        await page.keyboard.press('Escape'); await page.waitForTimeout(500);
        const add = l === 'kk' ? 'Адам қосу' : 'Добавить человека';
        await page.getByRole('button', { name: add }).first().click(); await page.getByRole('dialog').waitFor(); await settle(page);
        await analyse(page, `emp-relative-dialog-${sfx}`);
        await page.keyboard.press('Escape');
        if (camp) { await go(adal, camp); await analyse(page, `emp-campaign-form-${sfx}`); }
        if (gift) { await go(adal, gift); await analyse(page, `emp-gift-${sfx}`); }
      } catch (e) { console.log('emp err', e); } finally { await adal.close(); }
    }
    // compliance
    {
      const adal = await login('compliance@demo.adal.kz'); const { page } = adal;
      try {
        await go(adal, '/declarations/conflicts'); await analyse(page, `co-conflicts-${sfx}`);
        const c = (await hrefs(page, '/declarations/conflicts/'))[0];
        await go(adal, '/declarations/campaigns'); await analyse(page, `co-campaigns-${sfx}`);
        const cp = (await hrefs(page, '/declarations/campaigns/'))[0];
        await go(adal, '/declarations/gifts'); await analyse(page, `co-gifts-${sfx}`);
        console.log('co links', c, cp);
        if (c) { await go(adal, c); await analyse(page, `co-conflict-case-${sfx}`); }
        if (cp) { await go(adal, cp); await analyse(page, `co-campaign-${sfx}`); }
        await go(adal, '/'); await analyse(page, `co-home-${sfx}`);
      } catch (e) { console.log('co err', e); } finally { await adal.close(); }
    }
    // first head
    {
      const adal = await login('first@demo.adal.kz'); const { page } = adal;
      try {
        await go(adal, '/'); await analyse(page, `first-home-${sfx}`);
        const links = await hrefs(page, '/declarations/conflicts/');
        console.log('first links', links);
        let c = links[0];
        if (!c) { await go(adal, '/declarations/conflicts'); c = (await hrefs(page, '/declarations/conflicts/'))[0]; }
        if (c) { await go(adal, c); await analyse(page, `first-conflict-case-${sfx}`); }
      } catch (e) { console.log('first err', e); } finally { await adal.close(); }
    }
    // hr
    {
      const adal = await login('hr@demo.adal.kz'); const { page } = adal;
      try {
        await go(adal, '/declarations/financial'); await analyse(page, `hr-financial-${sfx}`);
        await go(adal, '/declarations/foreign-accounts'); await analyse(page, `hr-foreign-${sfx}`);
        await go(adal, '/'); await analyse(page, `hr-home-${sfx}`);
      } catch (e) { console.log('hr err', e); } finally { await adal.close(); }
    }
    {
      const adal = await login('ethics@demo.adal.kz'); const { page } = adal;
      try { await go(adal, '/'); await analyse(page, `ethics-home-${sfx}`); } catch (e) { console.log('eth err', e); } finally { await adal.close(); }
    }
  }
} finally {
  writeFileSync(`/tmp/shots/report-${(process.env.COMBOS ?? 'p').replace(/[:,]/g, '_')}.json`, JSON.stringify(report, null, 1));
  await running.close();
}
