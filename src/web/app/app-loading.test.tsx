import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import indexHtml from '../../../index.html?raw';
import { AppLoading } from './app-loading';

/** A parsed element without the whitespace-only text that formatting put between tags. */
function parse(html: string, selector: string): Element {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  const blank: Node[] = [];
  while (walker.nextNode()) if (!walker.currentNode.textContent?.trim()) blank.push(walker.currentNode);
  for (const node of blank) node.parentNode?.removeChild(node);
  const element = doc.querySelector(selector);
  if (!element) throw new Error(`no ${selector}`);
  return element;
}

describe('the loading screen', () => {
  it('is already in index.html, exactly as React first renders it, so nothing jumps when the script starts', () => {
    const fromHtml = parse(indexHtml, '#root');
    const fromReact = parse(`<div id="root">${renderToStaticMarkup(<AppLoading />)}</div>`, '#root');
    // React's server renderer adds a preload hint for the image; rendering in the browser does not.
    fromReact.querySelectorAll('link[rel="preload"]').forEach((hint) => hint.remove());
    expect(
      fromHtml.isEqualNode(fromReact),
      `index.html: ${fromHtml.innerHTML}\nReact: ${fromReact.innerHTML}`,
    ).toBe(true);
  });

  it('names the product and says it is loading, to screen readers too', () => {
    const root = parse(`<div id="root">${renderToStaticMarkup(<AppLoading />)}</div>`, '#root');
    expect(root.textContent).toBe('RampdeskLoading…');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Loading…');
  });
});
