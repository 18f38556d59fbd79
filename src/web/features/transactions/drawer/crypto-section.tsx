import type { Transaction } from '../../../../contract/capa';
import { explorerAddressUrl, explorerTxUrl, txHashFormat } from '../../../../contract/chains';
import { ExternalLink } from '../../../components/external-link';
import { MonoValue } from '../../../components/mono-value';
import { httpUrl } from '../../../lib/safe-url';
import { chainName } from '../transaction-labels';
import { DrawerSection, Field, Fields, Missing } from './drawer-section';

function Note({ children }: { children: string }) {
  return <span className="mt-0.5 block text-xs text-amber-800">{children}</span>;
}

/** Wallet, hash and payment link: what an agent checks on a block explorer before executing. */
export function CryptoSection({ tx }: { tx: Transaction }) {
  const chain = tx.blockchainSymbol ?? '';
  const onChain = chainName(chain) ?? 'its chain';
  const wallet = tx.destinationWalletAddress;
  const walletUrl = wallet ? explorerAddressUrl(chain, wallet) : null;
  const hash = tx.invoice?.transactionHash;
  const hashUrl = hash ? explorerTxUrl(chain, hash) : null;
  const payment = tx.invoice?.paymentUrl;
  const paymentHref = httpUrl(payment);

  return (
    <DrawerSection title="Crypto">
      <Fields className="sm:grid-cols-1">
        <Field label="Destination wallet">
          {wallet ? (
            <>
              <MonoValue value={wallet} copyLabel="Copy wallet address">
                {walletUrl ? (
                  <ExternalLink href={walletUrl} label={`Wallet on the ${onChain} explorer`} className="ml-1">
                    Explorer
                  </ExternalLink>
                ) : null}
              </MonoValue>
              {walletUrl ? null : <Note>{`No explorer link: this is not an address on ${onChain}.`}</Note>}
            </>
          ) : (
            <Missing />
          )}
        </Field>
        <Field label="Invoice transaction hash">
          {hash ? (
            <>
              <MonoValue value={hash} copyLabel="Copy transaction hash">
                {hashUrl ? (
                  <ExternalLink href={hashUrl} label={`Hash on the ${onChain} explorer`} className="ml-1">
                    Explorer
                  </ExternalLink>
                ) : null}
              </MonoValue>
              {hashUrl ? null : (
                <Note>{`No explorer link: a hash on ${onChain} is ${txHashFormat(chain)}.`}</Note>
              )}
            </>
          ) : (
            <Missing>No hash yet</Missing>
          )}
        </Field>
        {payment ? (
          <Field label="Payment URL">
            {paymentHref ? (
              <ExternalLink href={paymentHref} className="max-w-full min-w-0">
                <span className="truncate font-normal">{payment}</span>
              </ExternalLink>
            ) : (
              <>
                <MonoValue value={payment} copyLabel="Copy payment URL" />
                <Note>Not a web link, so it is not opened from here.</Note>
              </>
            )}
          </Field>
        ) : null}
      </Fields>
    </DrawerSection>
  );
}
