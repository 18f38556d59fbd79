/**
 * Lighthouse scores (performance, accessibility, best practices, SEO) of pages of a running build, for
 * `npm run bench:web`. Desktop settings (agents work on desktops): Lighthouse's desktop config,
 * whose throttling is simulated, so figures are comparable between machines. A signed-in page gets
 * the session cookie through extraHeaders, on every request the page makes.
 */
import { chromium } from '@playwright/test';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig } from 'lighthouse';
import { ensureChromium } from './chromium';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu'];

export interface LighthousePage {
  name: string;
  url: string;
  headers?: Record<string, string>;
}

export type Scores = Record<(typeof CATEGORIES)[number], number> & {
  /** LCP, TBT, CLS: what the performance score is made of. */
  metrics: string;
  /** Audits that cost points, so a score below 100 says why. */
  missed: string;
};

const METRICS = [
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
] as const;

export async function lighthouseScores(pages: LighthousePage[]): Promise<Map<string, Scores>> {
  const chromePath = ensureChromium().executablePath ?? chromium.executablePath();
  const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS });
  const scores = new Map<string, Scores>();
  try {
    for (const page of pages) {
      const result = await lighthouse(
        page.url,
        {
          port: chrome.port,
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
          ...(page.headers ? { extraHeaders: page.headers } : {}),
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${page.url}`);
      const { categories, audits, finalDisplayedUrl } = result.lhr;
      // A page that bounced (to sign-in, say) would score the wrong page.
      if (new URL(finalDisplayedUrl).pathname !== new URL(page.url).pathname)
        throw new Error(`${page.name}: Lighthouse ended on ${finalDisplayedUrl}, not ${page.url}`);
      const missed = CATEGORIES.flatMap((c) =>
        (categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0 && c !== 'performance')
          .filter((ref) => (audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      );
      scores.set(page.name, {
        ...(Object.fromEntries(
          CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
        ) as Record<(typeof CATEGORIES)[number], number>),
        metrics: METRICS.map(([id, label]) => `${label} ${audits[id]?.displayValue ?? '?'}`).join(', '),
        missed: missed.join(', ') || '—',
      });
    }
  } finally {
    chrome.kill();
  }
  return scores;
}

/** Scores the sign-in page and, signed in with `cookie`, the transactions page; prints a table. */
export async function printLighthouse(baseURL: string, cookie: string): Promise<void> {
  console.log('Lighthouse (desktop)…');
  const scores = await lighthouseScores([
    { name: 'sign-in page', url: `${baseURL}/sign-in` },
    { name: 'transactions page (signed in)', url: `${baseURL}/transactions`, headers: { cookie } },
  ]);
  console.table(Object.fromEntries(scores));
}
