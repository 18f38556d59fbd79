import { useState } from 'react';
import { PageControls, pageRangeLabel } from '../../components/page-controls';
import { AUDIT_PAGE_SIZES } from './audit-view';

/**
 * A log tab's page (activity, exports): kept in the component, as the tab itself is; the audit
 * trail's page lives in the URL instead (use-audit-view.ts).
 */
export function useLogPaging() {
  const [paging, setPaging] = useState({ page: 1, size: 20 });
  return {
    ...paging,
    setPaging,
    /** What the list asks the BFF for. */
    window: { skip: (paging.page - 1) * paging.size, limit: paging.size },
    /** "21–40 of 57", for the table's caption (read at render time). */
    range: (total: number) => pageRangeLabel(paging.page, paging.size, total),
  };
}

type LogPaging = ReturnType<typeof useLogPaging>;

/** A log's page controls, with the audit's page sizes. */
export function LogPageControls({ paging, total }: { paging: LogPaging; total: number }) {
  return (
    <PageControls
      page={paging.page}
      size={paging.size}
      total={total}
      sizes={AUDIT_PAGE_SIZES}
      onChange={paging.setPaging}
    />
  );
}
