import type { Transaction } from '../../../../contract/capa';
import { CopyButton } from '../../../components/copy-button';
import { useT } from '../../../i18n/use-t';
import { DrawerSection } from './drawer-section';

/** Everything Capa sent, unknown fields included, to paste into an escalation. */
export function RawJsonSection({ tx }: { tx: Transaction }) {
  const t = useT();
  const json = JSON.stringify(tx, null, 2);
  return (
    <DrawerSection
      title={t('drawer.rawJson')}
      aside={<CopyButton value={json} label={t('drawer.copyRawJson')} />}
    >
      {/* data-raw: Capa's own codes are expected here (the e2e wording check skips it). */}
      <details data-raw="" className="group rounded-md border border-slate-200">
        <summary className="cursor-pointer rounded-md px-3 py-2 text-sm text-slate-700 select-none hover:bg-slate-50">
          <span className="group-open:hidden">{t('drawer.showJson')}</span>
          <span className="hidden group-open:inline">{t('drawer.hideJson')}</span>
        </summary>
        {/* Focusable so keyboard users can scroll a long JSON (axe: scrollable-region-focusable). */}
        <pre
          tabIndex={0}
          aria-label={t('drawer.transactionJson')}
          className="max-h-96 overflow-auto border-t border-slate-200 bg-slate-50 px-3 py-2 font-mono text-xs leading-relaxed text-slate-800"
        >
          {json}
        </pre>
      </details>
    </DrawerSection>
  );
}
