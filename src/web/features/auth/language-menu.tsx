import { useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { Languages } from 'lucide-react';
import { useId } from 'react';
import { LOCALE_NAMES, LOCALES, PSEUDO_LOCALE } from '../../../contract/locales';
import { useLocale, useT } from '../../i18n/use-t';
import { configQuery } from '../../lib/config-query';
import { useChooseLocale } from './use-choose-locale';

/**
 * The language control: in the header on wide screens, in the folded Menu on narrow ones. A native
 * select, so keyboards, screen readers and phones get their own picker. Each language is named in
 * itself, and marked with its `lang` so a screen reader pronounces it right. The pseudo-locale is
 * offered only where the BFF says so (PSEUDO_LOCALE).
 */
export function LanguageMenu({ inMenu = false }: { inMenu?: boolean }) {
  const t = useT();
  const locale = useLocale();
  const choose = useChooseLocale();
  const pseudo = useQuery(configQuery).data?.pseudoLocale === true;
  const id = useId();
  return (
    <div
      className={clsx(
        'items-center gap-1.5 text-sm text-slate-600',
        inMenu ? 'flex px-3 py-1.5' : 'hidden shrink-0 lg:flex',
      )}
    >
      <Languages aria-hidden="true" className="size-4 shrink-0" />
      <label htmlFor={id} className={inMenu ? 'font-medium' : 'sr-only'}>
        {t('shell.language')}
      </label>
      <select
        id={id}
        value={locale}
        onChange={(event) => choose(event.target.value)}
        className={clsx(
          'rounded-md border border-slate-300 bg-white py-1 pr-7 pl-2 text-sm text-slate-800 hover:border-slate-400',
          // As wide as the chosen language's name, not the longest one offered.
          inMenu ? 'ml-auto min-w-0' : 'field-sizing-content',
        )}
      >
        {LOCALES.map((option) => (
          <option key={option} value={option} lang={option}>
            {LOCALE_NAMES[option]}
          </option>
        ))}
        {pseudo || locale === PSEUDO_LOCALE ? (
          <option value={PSEUDO_LOCALE} lang="en">
            {t('shell.pseudoLocale')}
          </option>
        ) : null}
      </select>
    </div>
  );
}
