import type { ChainSymbol } from '../../contract/chains';
import type { FiatCurrency, TransactionType } from '../../contract/enums';
import type { TransactionStatus } from '../../contract/statuses';

/** Everything that decides a transaction's indexed columns; the rest follows from the rng. */
export interface RowSpec {
  id: string;
  user: number;
  createdAt: number;
  status: TransactionStatus;
  type: TransactionType;
  currency: FiatCurrency;
  chain?: ChainSymbol;
  token?: string;
  /** Seeded executable off-ramps sometimes carry a staging test amount; created ones never. */
  allowMagic: boolean;
}
