import type { Transaction } from '../../../../contract/capa';
import { CHAINS, explorerAddressUrl, explorerTxUrl, isChainSymbol } from '../../../../contract/chains';
import { ExternalLink } from '../../../components/external-link';
import { MonoValue } from '../../../components/mono-value';
import { useT } from '../../../i18n/use-t';
import { httpUrl } from '../../../lib/safe-url';
import { chainName } from '../transaction-labels';
import { DrawerSection, Field, Fields, Missing } from './drawer-section';

function Note({ children }: { children: string }) {
  return <span className="mt-0.5 block text-xs text-amber-800">{children}</span>;
}

/** Wallet, hash and payment link: what an agent checks on a block explorer before executing. */
export function CryptoSection({ tx }: { tx: Transaction }) {
  const t = useT();
  const chain = tx.blockchainSymbol ?? '';
  const onChain = chainName(chain) ?? t('drawer.itsChain');
  const family = isChainSymbol(chain) ? CHAINS[chain].family : 'unknown';
  const wallet = tx.destinationWalletAddress;
  const walletUrl = wallet ? explorerAddressUrl(chain, wallet) : null;
  const hash = tx.invoice?.transactionHash;
  const hashUrl = hash ? explorerTxUrl(chain, hash) : null;
  const payment = tx.invoice?.paymentUrl;
  const paymentHref = httpUrl(payment);

  return (
    <DrawerSection title={t('drawer.crypto')}>
      <Fields className="sm:grid-cols-1">
        <Field label={t('drawer.destinationWallet')}>
          {wallet ? (
            <>
              <MonoValue value={wallet} copyLabel={t('drawer.copyWallet')}>
                {walletUrl ? (
                  <ExternalLink
                    href={walletUrl}
                    label={t('drawer.walletOnExplorer', { chain: onChain })}
                    className="ml-1"
                  >
                    {t('drawer.explorer')}
                  </ExternalLink>
                ) : null}
              </MonoValue>
              {walletUrl ? null : <Note>{t('drawer.walletNoExplorer', { chain: onChain })}</Note>}
            </>
          ) : (
            <Missing />
          )}
        </Field>
        <Field label={t('drawer.invoiceHash')}>
          {hash ? (
            <>
              <MonoValue value={hash} copyLabel={t('drawer.copyHash')}>
                {hashUrl ? (
                  <ExternalLink
                    href={hashUrl}
                    label={t('drawer.hashOnExplorer', { chain: onChain })}
                    className="ml-1"
                  >
                    {t('drawer.explorer')}
                  </ExternalLink>
                ) : null}
              </MonoValue>
              {hashUrl ? null : <Note>{t('drawer.hashNoExplorer', { chain: onChain, family })}</Note>}
            </>
          ) : (
            <Missing>{t('drawer.noHashYet')}</Missing>
          )}
        </Field>
        {payment ? (
          <Field label={t('drawer.paymentUrl')}>
            {paymentHref ? (
              <ExternalLink href={paymentHref} className="max-w-full min-w-0">
                <span className="truncate font-normal">{payment}</span>
              </ExternalLink>
            ) : (
              <>
                <MonoValue value={payment} copyLabel={t('drawer.copyPaymentUrl')} />
                <Note>{t('drawer.notAWebLink')}</Note>
              </>
            )}
          </Field>
        ) : null}
      </Fields>
    </DrawerSection>
  );
}
