/**
 * The query strings a screen has asked the router for and not yet drawn, as a chain: the one on
 * screen when the first was asked, then each asked in turn. React Router commits each navigation
 * and React draws it a little later (a transition; longer on a busy machine), so the screen can
 * show the first of two asked views while the second is still on its way. An update starts from
 * the last view asked for as long as the screen shows a view of the chain; once it shows the last
 * one, or one the chain never asked for (Back, a link), it starts from the screen.
 */
export type PendingViews = readonly string[] | null;

/** The query string the next update should start from, or null for the one on screen. */
export function pendingSearch(chain: PendingViews, onScreen: string): string | null {
  if (!chain || chain.at(-1) === onScreen || !chain.includes(onScreen)) return null;
  return chain.at(-1)!;
}

/** The chain once `asked` is asked for with `onScreen` drawn. */
export function askFor(chain: PendingViews, onScreen: string, asked: string): PendingViews {
  return pendingSearch(chain, onScreen) === null ? [onScreen, asked] : [...chain!, asked];
}
