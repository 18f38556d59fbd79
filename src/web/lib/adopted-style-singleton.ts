/**
 * react-style-singleton's API (the scroll lock under Radix Dialog: react-remove-scroll and
 * react-remove-scroll-bar), built on a constructed stylesheet instead of a <style> element.
 * A strict CSP (style-src 'self', docs/security.md C3) blocks the element and reports a violation;
 * a CSSStyleSheet adopted by the document is not inline markup, so it applies under that CSP.
 * vite.config.ts points the package name here for the browser build.
 */
import { useEffect } from 'react';

export interface StyleSheetSingleton {
  add: (css: string) => void;
  remove: () => void;
}

function adopt(css: string): CSSStyleSheet | null {
  // Not every environment has constructed stylesheets (older engines, some test DOMs): then the
  // page simply keeps its scroll, which is harmless.
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return null;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return sheet;
}

/** The first add() applies its CSS; it stays until as many remove() calls have been made. */
export function stylesheetSingleton(): StyleSheetSingleton {
  let counter = 0;
  let sheet: CSSStyleSheet | null = null;
  return {
    add(css) {
      if (counter === 0) sheet = adopt(css);
      counter += 1;
    },
    remove() {
      counter -= 1;
      if (counter === 0 && sheet) {
        const gone = sheet;
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== gone);
        sheet = null;
      }
    },
  };
}

export function styleHookSingleton() {
  const sheet = stylesheetSingleton();
  return (styles: string, isDynamic?: boolean) => {
    useEffect(() => {
      sheet.add(styles);
      return () => sheet.remove();
      // As the original: the styles of the first mount stay unless they are marked dynamic.
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [styles && isDynamic]);
  };
}

export function styleSingleton() {
  const useStyle = styleHookSingleton();
  return function Sheet({ styles, dynamic }: { styles: string; dynamic?: boolean }) {
    useStyle(styles, dynamic);
    return null;
  };
}
