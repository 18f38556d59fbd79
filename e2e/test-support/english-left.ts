/**
 * English left on a page that should read Spanish (issue 17): every word of the English catalog
 * that no Spanish message uses ("Status", "Sign out", "attempts", "the"…) is looked for in the
 * page's text and accessible names. Words both catalogs share (Capa, Rampdesk, on-ramp, CSV, hash,
 * fiat, "no") cannot tell the languages apart and are not looked for.
 */
import type { Page } from '@playwright/test';
import { CHAINS } from '../../src/contract/chains';
import { messages as english } from '../../src/web/i18n/catalogs/en';
import { messages as spanish } from '../../src/web/i18n/catalogs/es';
import { compileCatalog } from '../../src/web/i18n/compile-catalog';

const WORD = /\p{L}[\p{L}'’]*/gu;

/** The words of a catalog's literal text: never placeholders, select keys or plural keywords. */
function wordsOf(catalog: Record<string, string>): Set<string> {
  const words = new Set<string>();
  compileCatalog(catalog, (text) => {
    for (const word of text.match(WORD) ?? []) words.add(word.toLowerCase());
    return text;
  });
  return words;
}

/**
 * Words a library or a hard-coded string could bring in without the catalog knowing them (sonner's
 * "Close toast", a native control's "Search"): English UI words no Spanish message uses either.
 */
const COMMON_UI_WORDS = `notifications notification toast close open menu search submit save edit delete
  remove loading error warning success info next previous first last show hide more less expand collapse
  toggle sort ascending descending select selected clear reset back home settings help page of and the
  for with by to from status filter filters export copy copied dismiss undo yes ok done apply choose
  breadcrumb navigation skip content main`.split(/\s+/);

const spanishWords = wordsOf(spanish);
const englishOnly = [...wordsOf(english), ...COMMON_UI_WORDS].filter((word) => !spanishWords.has(word));

/** Brand and product names read the same in every language: "BNB Smart Chain" is not English left. */
const NAMES = new RegExp(
  Object.values(CHAINS)
    .map((chain) => chain.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

/**
 * Each piece of text in the page (text nodes, aria-label, title, alt, placeholder, the document's
 * title) that holds an English-only word, as `word: "text"`. Hidden text counts (a folded menu, a
 * screen reader's caption); data does not: what is inside `data-raw` (codes, raw JSON) or marked
 * `translate="no"` (names, emails, ids), emails, and tokens with a digit (ids, hashes, amounts).
 */
export async function englishLeft(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    const skipped = (el: Element | null) =>
      !el || !!el.closest('[data-raw], [translate="no"], script, style, template, noscript');
    const found = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.nodeValue?.trim() && !skipped(node.parentElement)) found.push(node.nodeValue);
    }
    const names = ['aria-label', 'title', 'alt', 'placeholder', 'aria-roledescription', 'aria-valuetext'];
    for (const el of document.body.querySelectorAll(names.map((n) => `[${n}]`).join(','))) {
      if (skipped(el)) continue;
      for (const name of names) {
        const value = el.getAttribute(name);
        if (value?.trim()) found.push(value);
      }
    }
    return found;
  });
  const words = new Set(englishOnly);
  const left = new Set<string>();
  for (const text of texts) {
    const data = text.replace(/\S+@\S+/g, ' ').replace(NAMES, ' ');
    const tokens = data.split(/\s+/).filter((t) => !/\d/.test(t));
    for (const word of tokens.join(' ').match(WORD) ?? []) {
      if (word.length > 1 && words.has(word.toLowerCase()))
        left.add(`${word}: "${text.trim().slice(0, 80)}"`);
    }
  }
  return [...left];
}
