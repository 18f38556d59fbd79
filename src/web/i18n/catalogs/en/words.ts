/**
 * English messages of the words area (ICU MessageFormat; keys start with `words.`): the words for
 * Capa's and Rampdesk's codes. Each one equals the contract's English, which the BFF keeps for API
 * clients, logs and the CSV export (words.test.ts fails when the two drift apart).
 */
export const words = {
  // Statuses (contract/statuses.ts)
  'words.status.FAILED.label': 'Failed',
  'words.status.FAILED.explanation':
    'Processing failed and will not be retried; escalate to Capa if the user was charged.',
  'words.status.FAILED.nextStep':
    'Nothing by itself: escalate to Capa with the transaction id if money moved.',
  'words.status.COMPLETED.label': 'Completed',
  'words.status.COMPLETED.explanation': 'Finished: the user received their funds. Nothing else will happen.',
  'words.status.COMPLETED.nextStep': 'Nothing: it is finished.',
  'words.status.PENDING.label': 'Pending',
  'words.status.PENDING.explanation':
    'Created and waiting to be processed; an off-ramp waits here until it is executed.',
  'words.status.PENDING.nextStep':
    "The user pays; an off-ramp is executed by an agent once the user's crypto is verified.",
  'words.status.PENDING_PAYMENT.label': 'Pending payment',
  'words.status.PENDING_PAYMENT.explanation':
    'Waiting for the user to send the payment (fiat for an on-ramp, crypto for an off-ramp).',
  'words.status.PENDING_PAYMENT.nextStep':
    'When the payment arrives it moves on by itself; a quote left unpaid expires.',
  'words.status.FIAT_PAYMENT_RECEIVED.label': 'Fiat payment received',
  'words.status.FIAT_PAYMENT_RECEIVED.explanation':
    "The user's bank payment was seen; Capa is confirming it before sending crypto.",
  'words.status.FIAT_PAYMENT_RECEIVED.nextStep':
    'Fiat received, then Capa sends the crypto to the destination wallet.',
  'words.status.FIAT_RECEIVED.label': 'Fiat received',
  'words.status.FIAT_RECEIVED.explanation': "The user's fiat arrived; the crypto transfer comes next.",
  'words.status.FIAT_RECEIVED.nextStep':
    'Capa sends the crypto; the transaction completes when it lands in the wallet.',
  'words.status.CRYPTO_RECEIVED.label': 'Crypto received',
  'words.status.CRYPTO_RECEIVED.explanation':
    "The user's crypto arrived; an off-ramp can now be executed to pay out fiat.",
  'words.status.CRYPTO_RECEIVED.nextStep':
    'An agent executes the off-ramp; the bank transfer to the user follows.',
  'words.status.CRYPTO_NOT_RECEIVED.label': 'Crypto not received',
  'words.status.CRYPTO_NOT_RECEIVED.explanation':
    'The expected crypto was not seen; check the hash with the user before executing.',
  'words.status.CRYPTO_NOT_RECEIVED.nextStep':
    'Ask the user for the transaction hash; if the crypto did arrive, execute with that hash.',
  'words.status.COMPLETED_CRYPTO_RECEIVAL.label': 'Crypto receival completed',
  'words.status.COMPLETED_CRYPTO_RECEIVAL.explanation':
    'Receipt of the crypto is confirmed on chain; the payout can be executed.',
  'words.status.COMPLETED_CRYPTO_RECEIVAL.nextStep':
    'An agent executes the off-ramp; the bank transfer to the user follows.',
  'words.status.EXPIRED.label': 'Expired',
  'words.status.EXPIRED.explanation': 'The user did not pay in time; the quote lapsed and nothing moved.',
  'words.status.EXPIRED.nextStep': 'Nothing: the user starts a new transaction for a fresh quote.',
  'words.status.CANCELLED.label': 'Cancelled',
  'words.status.CANCELLED.explanation': 'Stopped before paying out; the cancellation reason says why.',
  'words.status.CANCELLED.nextStep': 'Nothing: the user starts a new transaction if they still want one.',
  'words.status.IN_PROGRESS.label': 'In progress',
  'words.status.IN_PROGRESS.explanation':
    'Capa is processing the transaction; nothing is needed from the user.',
  'words.status.IN_PROGRESS.nextStep':
    'It completes, or stops with a reason; escalate only if it stays here for long.',
  'words.status.BANK_TRANSFER_PENDING.label': 'Bank transfer pending',
  'words.status.BANK_TRANSFER_PENDING.explanation':
    'The bank transfer was sent and is waiting for the bank to settle it.',
  'words.status.BANK_TRANSFER_PENDING.nextStep': 'It completes once the bank settles the transfer.',
  'words.status.READY_BANK_TRANSFER.label': 'Ready for bank transfer',
  'words.status.READY_BANK_TRANSFER.explanation':
    'The payout is prepared and the bank transfer is about to be sent.',
  'words.status.READY_BANK_TRANSFER.nextStep':
    'The bank transfer is sent (Bank transfer pending), then the transaction completes.',
  'words.status.AWAITING_MANUAL_CRYPTO_TRANSFER.label': 'Awaiting manual crypto transfer',
  'words.status.AWAITING_MANUAL_CRYPTO_TRANSFER.explanation':
    'The crypto must be moved by hand; an agent verifies it and executes the off-ramp.',
  'words.status.AWAITING_MANUAL_CRYPTO_TRANSFER.nextStep':
    'Check on the explorer that the crypto arrived, then execute the off-ramp.',
  'words.status.AWAITING_MANUAL_FIAT_TRANSFER.label': 'Awaiting manual fiat transfer',
  'words.status.AWAITING_MANUAL_FIAT_TRANSFER.explanation':
    'The fiat payout must be sent by hand before the transaction can complete.',
  'words.status.AWAITING_MANUAL_FIAT_TRANSFER.nextStep':
    'The payout is sent by hand; the transaction then completes.',
  'words.status.PENDING_FUNDS.label': 'Pending funds',
  'words.status.PENDING_FUNDS.explanation': 'Waiting for the funds of a cross-ramp to arrive.',
  'words.status.PENDING_FUNDS.nextStep':
    'When the funds arrive it becomes Funds received, then the conversion runs.',
  'words.status.FUNDS_RECEIVED.label': 'Funds received',
  'words.status.FUNDS_RECEIVED.explanation': 'The funds of a cross-ramp arrived; the conversion comes next.',
  'words.status.FUNDS_RECEIVED.nextStep':
    'Capa converts the funds and transfers them to the target bank account.',
  'words.status.AWAITING_FUND_TRANSFER.label': 'Awaiting fund transfer',
  'words.status.AWAITING_FUND_TRANSFER.explanation':
    'The cross-ramp is converted and waiting for the transfer to the target account.',
  'words.status.AWAITING_FUND_TRANSFER.nextStep':
    'It completes once the transfer to the target account is made.',
  'words.statusUnknown.explanation':
    'A status Rampdesk does not know yet; check Capa’s dashboard for its meaning.',
  'words.statusUnknown.nextStep': 'Ask Capa what it means, quoting the transaction id.',
  'words.statusGroup.waiting': 'Waiting for funds',
  'words.statusGroup.processing': 'Processing',
  'words.statusGroup.attention': 'Needs attention',
  'words.statusGroup.done': 'Completed',
  'words.statusGroup.stopped': 'Failed, cancelled or expired',
  // Codes (contract/code-words.ts)
  'words.code.BAD_REQUEST': 'Request not understood',
  'words.code.VALIDATION_ERROR': 'Input not accepted',
  'words.code.NOT_FOUND': 'Not found',
  'words.code.UNSUPPORTED_MEDIA_TYPE': 'Request not understood',
  'words.code.PAYLOAD_TOO_LARGE': 'Request too large',
  'words.code.TRANSACTION_NOT_FOUND': 'Transaction not found',
  'words.code.TRANSACTION_ACCESS_DENIED': 'Belongs to another partner',
  'words.code.INVALID_TRANSACTION_HASH': 'Hash not valid for this chain',
  'words.code.TRANSACTION_NOT_EXECUTABLE': 'Not in a status that can be executed',
  'words.code.EXECUTE_IN_PROGRESS': 'Another execute in progress',
  'words.code.ALREADY_EXECUTED': 'Already executed',
  'words.code.TAKEN_BY_ANOTHER': 'Another agent is on it',
  'words.code.EXECUTE_OUTCOME_UNKNOWN': 'Outcome unknown',
  'words.code.UPSTREAM_REJECTED_INPUT': 'Capa refused the input',
  'words.code.UPSTREAM_TIMEOUT': 'Capa did not answer in time',
  'words.code.UPSTREAM_UNAVAILABLE': 'Capa unreachable',
  'words.code.UPSTREAM_BAD_RESPONSE': 'Capa’s answer unreadable',
  'words.code.UPSTREAM_RATE_LIMITED': 'Capa is limiting requests',
  'words.code.UPSTREAM_AUTH_FAILED': 'Partner key refused',
  'words.code.UPSTREAM_REFUSED': 'Capa refused',
  'words.code.RATE_LIMITED': 'Too many attempts',
  'words.code.VIEW_TOO_LARGE': 'Too many transactions',
  'words.code.VIEW_CHANGED': 'List changed while read',
  'words.code.UNAUTHENTICATED': 'Not signed in',
  'words.code.INVALID_CREDENTIALS': 'Wrong email or password',
  'words.code.FORBIDDEN': 'Not allowed for this role',
  'words.code.PASSWORD_CHANGE_REQUIRED': 'New password needed',
  'words.code.WEAK_PASSWORD': 'Password too weak',
  'words.code.PASSWORD_CHANGE_UNAVAILABLE': 'Password managed by single sign-on',
  'words.code.CSRF_REQUIRED': 'Request refused (missing header)',
  'words.code.CROSS_ORIGIN_REFUSED': 'Request from another site refused',
  'words.code.HOST_NOT_ALLOWED': 'Address not allowed',
  'words.code.HEADERS_TOO_LARGE': 'Request headers too large',
  'words.code.REQUEST_TIMEOUT': 'Request too slow',
  'words.code.AGENT_NOT_FOUND': 'Agent not found',
  'words.code.AGENT_EXISTS': 'Agent already exists',
  'words.code.OWN_ACCOUNT_LOCKED': 'Own account cannot be locked',
  'words.code.OVERLOADED': 'Rampdesk is busy',
  'words.code.SHUTTING_DOWN': 'Rampdesk is restarting',
  'words.code.INTERNAL_ERROR': 'Error in Rampdesk',
  'words.code.UNAUTHORIZED': 'Partner key refused',
  'words.code.INVALID_USER_INPUT_ERROR': 'Capa refused the input',
  // Cancellation reasons (contract/cancellation-reasons.ts)
  'words.reason.NAME_VERIFICATION_FAILED.text':
    "The name on the bank account does not match the user's verified name.",
  'words.reason.NAME_VERIFICATION_FAILED.nextStep':
    'Ask the user for an account in their own name, then have them start a new transaction to it.',
  'words.reason.TransactionCancelledByUser.text': 'The user cancelled the transaction.',
  'words.reason.TransactionCancelledByUser.nextStep':
    'Nothing to do unless the user wants to try again: they start a new transaction.',
  'words.reason.QUOTE_EXPIRED.text': 'The quoted price ran out before the transaction went through.',
  'words.reason.QUOTE_EXPIRED.nextStep': 'The user starts a new transaction to get a fresh quote.',
  'words.reason.COMPLIANCE_REJECTED.text': "Capa's compliance checks refused the transaction.",
  'words.reason.COMPLIANCE_REJECTED.nextStep':
    'Do not share compliance details with the user; escalate to Capa with the transaction id if they ask.',
  'words.reason.BANK_ACCOUNT_INVALID.text': 'The bank account details were not accepted by the bank.',
  'words.reason.BANK_ACCOUNT_INVALID.nextStep':
    'Ask the user to check the account number and bank, then start a new transaction.',
  'words.type.ON_RAMP': 'On-ramp',
  'words.type.OFF_RAMP': 'Off-ramp',
  'words.type.CROSS_RAMP': 'Cross-ramp',
  'words.role.viewer': 'Viewer',
  'words.role.operator': 'Operator',
  'words.role.admin': 'Admin',
  'words.outcome.pending': 'In progress',
  'words.outcome.succeeded': 'Succeeded',
  'words.outcome.failed': 'Failed',
  'words.outcome.unknown': 'Outcome unknown',
  'words.outcome.rejected': 'Refused',
  'words.currency.MXN': 'Mexican peso',
  'words.currency.DOP': 'Dominican peso',
  'words.currency.USD': 'US dollar',
  'words.currency.EUR': 'Euro',
  // After Rampdesk executed (contract/execute.ts, executedStatusFacts)
  'words.executed.explanation':
    'Executed through Rampdesk; Capa still shows it as {status} until its payout starts.',
  'words.executed.nextStep':
    'Capa pays out: In progress, then Bank transfer pending, then Completed. Escalate only if it stays here for long.',
  'words.reasonUnknown.nextStep':
    'Rampdesk has no advice for this reason yet: escalate to Capa with the transaction id and the reason code.',
  // Fixed words of password checks (contract/auth-messages.ts)
  'words.auth.signInFailed': 'Email or password is incorrect.',
  'words.auth.currentPasswordWrong': 'Your current password is incorrect.',
  // The SPA's own words around them
  'words.ui.next': 'Next:',
  'words.ui.cancelled': 'Cancelled:',
  'words.ui.noReason': 'Capa gave no reason.',
  'words.ui.copyReason': 'Copy the cancellation reason as Capa sent it',
  'words.apiError.sentence': '{words}.',
  'words.apiError.sentenceWait': '{words}. Try again in {wait}.',
  'words.clientError.network':
    "Rampdesk's server could not be reached. Check your network connection, then retry.",
  'words.clientError.invalidResponse':
    "Rampdesk's server sent an answer this page could not read. Reload the page; if it persists, report the request id.",
  'words.clientError.gateway':
    "Rampdesk's server could not be reached (HTTP {status}). It may be restarting: retry in a moment.",
  'words.clientError.unexpected':
    "Rampdesk's server answered with an unexpected error (HTTP {status}). Retry; if it keeps failing, tell your administrator.",
  'words.forbidden.need':
    'You need the {role, select, viewer {viewer} operator {operator} admin {admin} other {{role}}} role to {action}. Ask an admin.',
  'words.forbidden.needGeneral':
    'You need the {role, select, viewer {viewer} operator {operator} admin {admin} other {{role}}} role for this. Ask an admin.',
  'words.forbidden.notAllowed': 'Your role does not allow you to {action}. Ask an admin.',
  'words.forbidden.notAllowedGeneral': 'Your role does not allow this. Ask an admin.',
  'words.wait.seconds': '{seconds, plural, =0 {a second} one {a second} other {# seconds}}',
  'words.wait.minutes': '{minutes, plural, one {# minute} other {# minutes}} (at {time})',
  'words.signIn.failed': 'Signing in failed. Reload the page and try again.',
  'words.signIn.tooMany': 'Too many sign-in attempts. Wait a few minutes, then try again.',
  'words.signIn.tooManyWait': 'Too many sign-in attempts. Try again in {wait}.',
  'words.password.tooShort':
    'The new password is too short: use at least {min} characters (it has {length}).',
  'words.password.mismatch': 'This does not match the new password: type it again.',
  'words.password.failed': 'Changing the password failed. Reload the page and try again.',
  'words.password.tooMany': 'Too many wrong current passwords. Wait a few minutes, then try again.',
  'words.password.tooManyWait': 'Too many wrong current passwords. Try again in {wait}.',
} as const satisfies Record<string, string>;
