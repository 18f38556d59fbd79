import { clsx } from 'clsx';
import { Menu, X, type LucideIcon } from 'lucide-react';
import { useEffect, useId, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useT } from '../i18n/use-t';

export interface NavItem {
  to: string;
  label: string;
  icon: LucideIcon;
}

export interface AppLayoutProps {
  /** Goes above the header, full width: the environment banner. */
  banner?: ReactNode;
  nav: readonly NavItem[];
  /** Right end of the header: the signed-in agent, their role and sign-out; always in view. */
  account?: ReactNode;
  /** What lives in the header on wide screens and in the menu on narrow ones (change password, language). */
  menuLinks?: ReactNode;
  children: ReactNode;
}

const linkClass = (isActive: boolean) =>
  clsx(
    'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors',
    isActive ? 'bg-indigo-50 text-indigo-700' : 'text-slate-600 hover:bg-slate-100 hover:text-slate-900',
  );

function MainNav({ nav, className }: { nav: readonly NavItem[]; className: string }) {
  const t = useT();
  return (
    <nav aria-label={t('shell.mainNav')} className={className}>
      {nav.map(({ to, label, icon: Icon }) => (
        <NavLink key={to} to={to} className={({ isActive }) => linkClass(isActive)}>
          <Icon aria-hidden="true" className="size-4 shrink-0" />
          {label}
        </NavLink>
      ))}
    </nav>
  );
}

/**
 * The page frame. Below 1024 px the navigation folds into a Menu button (a disclosure under the
 * header), so the header never pushes the page sideways, down to 360 px; the role and Sign out
 * stay in view at every width.
 */
export function AppLayout({ banner, nav, account, menuLinks, children }: AppLayoutProps) {
  const t = useT();
  const menuId = useId();
  const { pathname } = useLocation();
  // Open on the page it was opened on: following a link closes it, the new page is what counts.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const menuOpen = openOn === pathname;
  const setMenuOpen = (open: boolean) => setOpenOn(open ? pathname : null);
  useEffect(() => {
    if (!menuOpen) return;
    const closeOnEscape = (event: KeyboardEvent) => event.key === 'Escape' && setOpenOn(null);
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);
  const hasMenu = nav.length > 0 || Boolean(menuLinks);

  return (
    <div className="flex min-h-screen flex-col bg-slate-50 text-slate-900">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
      >
        {t('shell.skipToContent')}
      </a>
      {banner}
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 w-full max-w-screen-2xl items-center gap-3 px-4 sm:px-6 lg:gap-6">
          <Link to="/" className="flex shrink-0 items-center gap-2 rounded text-slate-900">
            <img src="/favicon.svg" alt="" className="size-6" />
            <span className="sr-only text-base font-semibold tracking-tight sm:not-sr-only">Rampdesk</span>
          </Link>
          <MainNav nav={nav} className="hidden items-center gap-1 lg:flex" />
          <div className="ml-auto flex min-w-0 items-center gap-3">{account}</div>
          {hasMenu ? (
            <button
              type="button"
              aria-expanded={menuOpen}
              aria-controls={menuId}
              onClick={() => setMenuOpen(!menuOpen)}
              className="-mr-1 inline-flex shrink-0 items-center gap-1.5 rounded-md p-2 text-slate-600 hover:bg-slate-100 hover:text-slate-900 lg:hidden"
            >
              {menuOpen ? (
                <X aria-hidden="true" className="size-5" />
              ) : (
                <Menu aria-hidden="true" className="size-5" />
              )}
              <span className="sr-only">{t('shell.menu')}</span>
            </button>
          ) : null}
        </div>
        {hasMenu ? (
          <div
            id={menuId}
            hidden={!menuOpen}
            className="border-t border-slate-200 px-4 py-2 sm:px-6 lg:hidden"
          >
            <MainNav nav={nav} className="flex flex-col items-stretch gap-1" />
            {menuLinks ? (
              <div className="mt-1 flex flex-col border-t border-slate-100 pt-1">{menuLinks}</div>
            ) : null}
          </div>
        ) : null}
      </header>
      <main
        id="main"
        tabIndex={-1}
        className="mx-auto w-full max-w-screen-2xl flex-1 px-4 py-6 outline-none sm:px-6"
      >
        {children}
      </main>
    </div>
  );
}
