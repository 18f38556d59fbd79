import type { Transaction } from '../../../../contract/capa';
import { DrawerSection, Field, Fields } from './drawer-section';

const days = (n: number) => `${n} ${n === 1 ? 'day' : 'days'}`;

/** MXN OTC forwarding: shown only when Capa sends any of its fields. */
export function ForwardingSection({ tx }: { tx: Transaction }) {
  const { forwardingDays, effectiveForwardingDays, forwardingSettlementDate } = tx;
  if (forwardingDays == null && effectiveForwardingDays == null && !forwardingSettlementDate) return null;
  return (
    <DrawerSection title="OTC forwarding">
      <Fields>
        {forwardingDays != null ? <Field label="Forwarding">{days(forwardingDays)}</Field> : null}
        {effectiveForwardingDays != null ? (
          <Field label="Effective forwarding">{days(effectiveForwardingDays)}</Field>
        ) : null}
        {forwardingSettlementDate ? (
          <Field label="Settlement date">
            <span className="tabular-nums">{forwardingSettlementDate}</span>
          </Field>
        ) : null}
      </Fields>
    </DrawerSection>
  );
}
