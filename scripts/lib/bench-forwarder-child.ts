/**
 * The floor under the BFF's figures: a bare Fastify route that sends the same list call to the
 * sandbox with undici (a kept-alive pool, as the BFF's) and answers its body untouched. No session,
 * no validation, no logging, no database. Whatever the BFF costs above this is Rampdesk's own work;
 * this much is what Node, Fastify, undici and the machine's loopback cost for any forwarder here.
 * Speaks bench-bff-child.ts's IPC protocol ('usage', 'stop'; sends 'ready' then 'usage').
 */
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { Pool } from 'undici';

const upstream = new Pool(process.env.CAPA_API_BASE_URL!, { connections: 10 });
const apiKey = process.env.CAPA_PARTNER_API_KEY!;
const capaPath = process.env.BENCH_CAPA_PATH!;

const app = Fastify({ logger: false });
app.get('/api/transactions', async (_request, reply) => {
  const res = await upstream.request({
    path: capaPath,
    method: 'GET',
    headers: { 'partner-api-key': apiKey },
  });
  reply.code(res.statusCode).header('content-type', 'application/json; charset=utf-8');
  return res.body.text();
});
await app.listen({ host: '127.0.0.1', port: 0 });
const { port } = app.server.address() as AddressInfo;

process.on('message', (message) => {
  if (message === 'usage') {
    const { user, system } = process.cpuUsage();
    const memory = process.memoryUsage();
    process.send?.({
      type: 'usage',
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      loopDelayP99Ms: 0,
      loopDelayMaxMs: 0,
      cpuMicros: user + system,
    });
  } else if (message === 'stop') {
    void app
      .close()
      .then(() => upstream.close())
      .finally(() => process.exit(0));
  }
});
process.send?.({ type: 'ready', url: `http://127.0.0.1:${port}`, cookie: '' });
