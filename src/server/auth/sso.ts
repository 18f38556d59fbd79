import type { FastifyRequest } from 'fastify';
import { agentEmailSchema } from '../../contract/auth';
import type { Agent } from '../agents/agent';
import { AgentExistsError } from '../agents/agent-errors';
import type { AgentsRepo } from '../agents/agents-repo';
import type { SsoConfig } from '../config/auth';
import { addressMatcher } from '../net/address-list';

export type SsoResult = { agent: Agent } | { refused: string } | null;

/**
 * SECURITY A5: the email header of an authenticating proxy (oauth2-proxy, Cloudflare Access, IAP).
 *
 * Whether a request came through the proxy is decided by network addresses, never by a header a
 * client could write: without TRUST_PROXY, `request.ips` is undefined and only the socket's
 * address counts. With TRUST_PROXY, Fastify's `request.ips` is the socket address followed by the
 * X-Forwarded-For hops our trusted proxies vouch for, ending at the first hop nobody vouches for;
 * the SSO proxy must be one of them (e.g. a load balancer in front of us that oauth2-proxy sits
 * behind). Entries beyond that first untrusted hop, which a client can forge, are never looked at.
 */
export function createSsoAuthenticator(config: SsoConfig, agents: AgentsRepo) {
  const isProxy = addressMatcher(config.proxyAddresses);

  return async function authenticate(request: FastifyRequest): Promise<SsoResult> {
    const raw = request.headers[config.emailHeader];
    if (raw === undefined) return null;
    const hops = request.ips ?? [request.socket.remoteAddress ?? ''];
    if (!hops.some(isProxy)) {
      request.log.info({ ssoHeader: config.emailHeader }, 'SSO header ignored: not from a configured proxy');
      return null;
    }
    const parsed = agentEmailSchema.safeParse(typeof raw === 'string' ? raw : '');
    if (!parsed.success) return { refused: 'Your single sign-on proxy sent no usable email address.' };
    const email = parsed.data;
    const existing = await agents.findByEmail(email);
    if (existing) {
      return existing.disabled
        ? { refused: 'Your Rampdesk account is disabled; ask an admin.' }
        : { agent: existing };
    }
    if (config.autoProvision !== 'viewer') {
      return { refused: `There is no Rampdesk agent for ${email}; ask an admin to add you.` };
    }
    try {
      const displayName = email.split('@', 1)[0] || email;
      const agent = await agents.create({ email, displayName, role: 'viewer', password: null });
      request.log.info({ agentId: agent.id }, 'SSO agent provisioned as viewer');
      return { agent };
    } catch (error) {
      // Two first requests of a new agent at once: the other one created it.
      if (!(error instanceof AgentExistsError)) throw error;
      const agent = await agents.findByEmail(email);
      return agent && !agent.disabled
        ? { agent }
        : { refused: 'Your Rampdesk account is disabled; ask an admin.' };
    }
  };
}
