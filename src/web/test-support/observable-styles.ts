/**
 * Keeps only the CSS rules a component test can observe in the stylesheets libraries inject at
 * import (sonner's toaster stylesheet: about 100 rules, mostly attribute selectors).
 *
 * happy-dom has no layout: a computed style reaches a test only through the properties Testing
 * Library reads: display and visibility (what a role query and an accessible name may see),
 * opacity (jest-dom's toBeVisible) and pointer-events (user-event refuses such clicks). Every
 * getComputedStyle matches every rule against the element and, for inherited properties, against
 * each ancestor: the toaster's rules were a quarter of a role query's time, and most set only
 * transforms, colours and spacing. The rules that set one of those four properties stay, in their
 * order and with their selectors and media conditions, so those four computed values are what the
 * full stylesheet gives.
 */
const OBSERVABLE = ['display', 'visibility', 'opacity', 'pointer-events'];

function keptRules(rules: CSSRuleList): string[] {
  const kept: string[] = [];
  for (const rule of Array.from(rules)) {
    if (rule instanceof CSSStyleRule) {
      if (OBSERVABLE.some((property) => rule.style.getPropertyValue(property) !== ''))
        kept.push(rule.cssText);
    } else if (rule instanceof CSSMediaRule) {
      const inner = keptRules(rule.cssRules);
      if (inner.length) kept.push(`@media ${rule.conditionText} {\n${inner.join('\n')}\n}`);
    }
    // Keyframes and the rest: happy-dom neither animates nor reads them for a computed style.
  }
  return kept;
}

/** Rewrites each injected <style> once (they stay in <head> for the worker's life). */
export function keepObservableStyles(): void {
  for (const style of Array.from(document.head.querySelectorAll('style:not([data-observable-only])'))) {
    const sheet = (style as HTMLStyleElement).sheet;
    if (!sheet) continue;
    style.textContent = keptRules(sheet.cssRules).join('\n');
    style.setAttribute('data-observable-only', '');
  }
}
