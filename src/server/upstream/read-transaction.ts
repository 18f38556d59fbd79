import type { FastifyBaseLogger } from 'fastify';
import type { Transaction } from '../../contract/capa';
import type { CapaClient } from './client';

/**
 * One transaction read fresh from Capa, or null when our partner account has none with this id.
 * Capa has no get-by-id: it is the list filtered by id (docs/capa-api.md), which only ever shows our own.
 */
export async function readTransaction(
  client: CapaClient,
  id: string,
  log: FastifyBaseLogger,
): Promise<Transaction | null> {
  const { data } = await client.listTransactions({ id, limit: 1 }, { log });
  // Checked rather than trusted: an upstream that ignored the filter must not show another transaction.
  // `id` is canonical (lower-case, as the contract's uuid parses it); Capa's own may be in either case.
  return data.find((tx) => tx.id.toLowerCase() === id) ?? null;
}
