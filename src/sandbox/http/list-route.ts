import type { IncomingMessage } from 'node:http';
import { CAPA_ERROR_CODES, CAPA_MESSAGES, capaListQuerySchema } from '../../contract/capa';
import { withListDefaults } from '../../contract/query-fields';
import { CURRENCY_INDEX, STATUS_INDEX, TYPE_INDEX } from '../seed/seed-plan';
import { NO_SUCH_USER } from '../store/query-match';
import type { SandboxStore } from '../store/store';
import { authenticate } from './capa-auth';
import { capaError, describeIssues, jsonResponse, type SandboxResponse } from './http-response';

function invalid(message: string): SandboxResponse {
  return capaError(
    400,
    CAPA_ERROR_CODES.INVALID_USER_INPUT_ERROR,
    `${CAPA_MESSAGES.invalidInput}: ${message}`,
  );
}

/** GET /api/partner/v2/transactions: filters AND-ed, scoped to the caller's partner. */
export function handleList(
  store: SandboxStore,
  req: IncomingMessage,
  url: URL,
  now: number,
): SandboxResponse {
  const auth = authenticate(req, store.partners);
  if ('response' in auth) return auth.response;
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    // A repeated parameter is ambiguous (first? last? both?): refuse it rather than guess.
    if (Object.hasOwn(raw, key)) return invalid(`query parameter ${key} is given more than once`);
    raw[key] = value;
  }
  const parsed = capaListQuerySchema.safeParse(raw);
  if (!parsed.success) return invalid(describeIssues(parsed.error.issues));
  const q = withListDefaults(parsed.data);
  const page = { success: true, data: { count: 0, data: [] as unknown[] } };
  // Another partner's id is not an error: it simply matches nothing the caller may see.
  if (q.partnerId !== undefined && q.partnerId !== store.partners[auth.partner]!.id) {
    return jsonResponse(200, page);
  }
  let user = -1;
  if (q.userId !== undefined) {
    user = store.userIndex(q.userId);
    if (user < 0) user = NO_SUCH_USER;
  }
  const result = store.list(
    {
      partner: auth.partner,
      status: q.status ? STATUS_INDEX.get(q.status)! : -1,
      type: q.type ? TYPE_INDEX.get(q.type)! : -1,
      currency: q.fiatCurrency ? CURRENCY_INDEX.get(q.fiatCurrency)! : -1,
      user,
      skip: q.skip,
      limit: q.limit,
      desc: q.sortOrder === 'DESC',
    },
    q.id,
    now,
  );
  page.data = result;
  return jsonResponse(200, page);
}
