import type { Transaction } from '../../../../contract/capa';
import { useT } from '../../../i18n/use-t';
import { DrawerSection, Field, Fields } from './drawer-section';

/** MXN OTC forwarding: shown only when Capa sends any of its fields. */
export function ForwardingSection({ tx }: { tx: Transaction }) {
  const t = useT();
  const days = (count: number) => t('drawer.days', { count });
  const { forwardingDays, effectiveForwardingDays, forwardingSettlementDate } = tx;
  if (forwardingDays == null && effectiveForwardingDays == null && !forwardingSettlementDate) return null;
  return (
    <DrawerSection title={t('drawer.forwardingTitle')}>
      <Fields>
        {forwardingDays != null ? <Field label={t('drawer.forwarding')}>{days(forwardingDays)}</Field> : null}
        {effectiveForwardingDays != null ? (
          <Field label={t('drawer.effectiveForwarding')}>{days(effectiveForwardingDays)}</Field>
        ) : null}
        {forwardingSettlementDate ? (
          <Field label={t('drawer.settlementDate')}>
            <span className="tabular-nums">{forwardingSettlementDate}</span>
          </Field>
        ) : null}
      </Fields>
    </DrawerSection>
  );
}
