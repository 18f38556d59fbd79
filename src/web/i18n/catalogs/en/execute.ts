/** What a valid hash looks like on a chain family (contract/chains.ts `txHashFormat`, in words). */
const FORMAT =
  '{family, select, evm {0x followed by 64 hexadecimal digits} solana {a base58 signature of 87 or 88 characters} starknet {0x followed by 1 to 64 hexadecimal digits} other {a transaction hash}}';

/** English messages of the execute area (ICU MessageFormat; keys start with `execute.`). */
export const execute = {
  // The action in the drawer.
  'execute.button': 'Execute off-ramp',
  'execute.checkingTrail': 'Checking whether this transaction was already executed…',
  'execute.trailFailed':
    'Rampdesk could not check whether this transaction was already executed, so Execute is unavailable.',
  'execute.checkAgain': 'Check again',
  'execute.offered': 'Pays the user’s bank account, after a review step.',
  'execute.forbiddenAction': 'execute off-ramps',
  'execute.executedBy': 'Executed by {email} at {when}',
  'execute.notAgain': 'Rampdesk does not execute it again.',
  'execute.notAgainPending':
    'Rampdesk does not execute it again. Capa may still show it as pending while it pays out.',
  'execute.inProgress': 'Execute in progress: started by {email} at {when}',
  'execute.inProgressWait': 'Wait for its outcome here; no other execute is accepted meanwhile.',
  'execute.unknownBy': 'Outcome unknown: the execute by {email} at {when} got no clear answer from Capa',
  'execute.unknownWait':
    'Do not execute it again or ask Capa to pay out by other means. Rampdesk checks the transaction and records the outcome below; no other execute is accepted until then.',
  // The dialog.
  'execute.stepDetails': 'Step 1 of 2 · Check the details',
  'execute.stepConfirm': 'Step 2 of 2 · Confirm',
  'execute.description':
    'Capa pays the user’s bank account once this is executed. Execute only after you have verified that the user’s crypto arrived.',
  'execute.closeDialog': 'Close dialog',
  'execute.takenWarning': '{onIt} ({email}). You can still execute, but check with them first.',
  'execute.executedToast': 'Off-ramp executed',
  'execute.payingOut': 'Capa is paying out {payout}.',
  'execute.payingOutTo': 'Capa is paying out {payout} to {account}.',
  'execute.cancel': 'Cancel',
  'execute.review': 'Review execute',
  'execute.back': 'Back',
  'execute.close': 'Close',
  // Step 1: the summary and the hash.
  'execute.rowTransaction': 'Transaction',
  'execute.copyTransactionId': 'Copy transaction id',
  'execute.rowUser': 'User',
  'execute.rowCrypto': 'Crypto amount',
  'execute.onChain': 'on {chain}',
  'execute.rowFiat': 'Fiat payout',
  'execute.rowRate': 'Exchange rate',
  'execute.rowBankAccount': 'To bank account',
  'execute.rowWallet': 'Destination wallet',
  'execute.noBankAccount': 'No bank account on this transaction',
  'execute.accountType': '{type, select, SAVINGS {savings} CHECKING {checking} other {{label}}}',
  'execute.notVerified': 'Not verified by Capa: the payout may be cancelled.',
  'execute.unknownChain': 'an unknown chain',
  'execute.hashLabel': 'Transaction hash',
  'execute.optional': '(optional)',
  'execute.hashHint': `The hash of the user’s crypto transfer. On {chain}: ${FORMAT}. Leave it empty to execute without one.`,
  'execute.hashUnknownChain': 'Rampdesk does not know the hash format of {chain}: execute without a hash.',
  'execute.thisChain': 'this chain',
  'execute.hashFormatUnknown': 'Leave it empty: this chain’s hash format is unknown.',
  'execute.hashInvalid': `Not a valid {chain} transaction hash: expected ${FORMAT}.`,
  'execute.checkOnExplorer': 'Check this hash on {explorer}',
  'execute.theExplorer': 'the block explorer',
  'execute.opensInNewTab': '(opens in a new tab)',
  'execute.useInvoiceHash': 'Use the invoice’s hash ({start}…{end})',
  // Step 2: confirm.
  'execute.confirmLegend': 'Confirm the execute',
  'execute.willPayOut': 'Capa will pay out {amount}.',
  'execute.willPayOutTo': 'Capa will pay out {amount} to {account}.',
  'execute.forCrypto': 'For {amount} on {chain}. This moves money and cannot be undone.',
  'execute.withHash': 'With transaction hash {hash}',
  'execute.withoutHash': 'Without a transaction hash.',
  'execute.typeToConfirm': 'To confirm, type the last 4 characters of the transaction id',
  'execute.executing': 'Executing…',
  'execute.executingStatus': 'Executing the off-ramp…',
  'execute.tryAgain': 'Try again',
  'execute.requestRef': 'request {id}',
  // Why an execute failed: one title and message per code (execute-errors.ts).
  'execute.nothingExecuted': 'Nothing was executed.',
  'execute.sameRequest': '“Try again” resends this same request, which Capa carries out at most once.',
  'execute.unknownOutcome':
    'Do not start another execute of this transaction, here or in another tab, and do not ask Capa to pay out by other means: Rampdesk checks the transaction and records the outcome in its audit trail. “Try again” resends this same request, which Capa carries out at most once.',
  'execute.waitSeconds': 'Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'execute.waitMinute': 'Try again in a minute.',
  'execute.failure.pageError.title': 'Something went wrong in this page',
  'execute.failure.pageError.message': 'The execute may or may not have been sent. {unknownOutcome}',
  'execute.failure.hashField.title': 'The transaction hash is not valid',
  'execute.failure.hashField.message': 'The hash {problem}.',
  'execute.failure.validationError.title': 'Rampdesk refused the request',
  'execute.failure.validationError.message': '{detail} Nothing was executed.',
  'execute.failure.invalidTransactionHash.title': 'Capa did not accept the transaction hash',
  'execute.failure.invalidTransactionHash.message':
    'Check that it is the hash of the user’s crypto transfer, on this transaction’s chain, in the block explorer; then correct it, or leave it empty. Nothing was executed.',
  'execute.failure.transactionNotExecutable.title': 'This transaction can no longer be executed',
  'execute.failure.transactionNotExecutable.message':
    'Capa refused it in its current state: it was executed already or has moved on. The drawer now shows its current status. Nothing was executed.',
  'execute.failure.transactionAccessDenied.title': 'This transaction is not ours',
  'execute.failure.transactionAccessDenied.message':
    'Capa says it belongs to another partner, so Rampdesk cannot execute it. Check the id with the ticket. Nothing was executed.',
  'execute.failure.transactionNotFound.title': 'Transaction not found',
  'execute.failure.transactionNotFound.message':
    'Capa has no transaction with this id for our partner account. Nothing was executed.',
  'execute.failure.executeInProgress.title': 'An execute of this transaction is already in progress',
  'execute.failure.executeInProgress.message':
    'Another agent, or you in another tab, started it moments ago. Wait for its outcome in the audit trail instead of starting another. This request executed nothing.',
  'execute.failure.alreadyExecuted.title': 'Already executed',
  'execute.failure.alreadyExecuted.message':
    'Rampdesk executed this transaction before; it is not executed twice. The drawer says who and when. Capa may still show it as “Pending” while it pays out.',
  'execute.failure.executeOutcomeUnknown.title': 'Outcome unknown: Capa did not confirm',
  'execute.failure.executeOutcomeUnknown.message':
    'Capa may or may not have started the payout. {unknownOutcome}',
  'execute.failure.upstreamTimeout.title': 'Capa could not be checked first',
  'execute.failure.upstreamTimeout.message': '{detail} {sameRequest}',
  'execute.failure.upstreamBadResponse.title': 'Capa could not be checked first',
  'execute.failure.upstreamBadResponse.message': '{detail} {sameRequest}',
  'execute.failure.upstreamUnavailable.title': 'Capa is unavailable',
  'execute.failure.upstreamUnavailable.message': '{detail} {sameRequest}',
  'execute.failure.upstreamRateLimited.title': 'Capa is busy',
  'execute.failure.upstreamRateLimited.message': 'Capa is limiting requests. Nothing was executed. {wait}',
  'execute.failure.upstreamAuthFailed.title': 'Rampdesk cannot talk to Capa',
  'execute.failure.upstreamAuthFailed.message':
    'Capa refused Rampdesk’s partner API key: a service configuration problem, not your session. Nothing was executed. Tell whoever runs Rampdesk; retrying will not help.',
  'execute.failure.upstreamRejectedInput.title': 'Capa refused the request',
  'execute.failure.upstreamRejectedInput.message': '{detail}',
  'execute.failure.upstreamRefused.title': 'Capa did not accept the request',
  'execute.failure.upstreamRefused.message': '{detail}',
  'execute.failure.rateLimited.title': 'Too many executes in a short time',
  'execute.failure.rateLimited.message':
    'Rampdesk limits how often one agent can execute. Nothing was executed. {wait}',
  'execute.failure.overloaded.title': 'Rampdesk is overloaded',
  'execute.failure.overloaded.message': 'Nothing was executed. {wait}',
  'execute.failure.forbidden.title': 'Not allowed with your role',
  'execute.failure.forbidden.message': '{forbidden} Nothing was executed.',
  'execute.failure.unauthenticated.title': 'Your session ended',
  'execute.failure.unauthenticated.message':
    'Sign in again, then check the audit trail. Nothing was executed.',
  'execute.failure.networkError.title': 'No answer from Rampdesk’s server',
  'execute.failure.networkError.message':
    'The request may have reached it before the connection failed. {unknownOutcome}',
  'execute.failure.unexpectedResponse.title': 'No answer from Rampdesk’s server',
  'execute.failure.unexpectedResponse.message':
    'The request may have reached it before the connection failed. {unknownOutcome}',
  'execute.failure.invalidResponse.title': 'The answer could not be read',
  'execute.failure.invalidResponse.message':
    'Rampdesk’s server answered, but this page could not read it: the execute may have succeeded. {unknownOutcome}',
  'execute.failure.other.title': 'The execute failed',
  'execute.failure.other.message': '{detail} Check the audit trail before trying again.',
} as const satisfies Record<string, string>;
