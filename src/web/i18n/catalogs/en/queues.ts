/** English messages of the queues area (ICU MessageFormat; keys start with `queues.`). */
export const queues = {
  'queues.pageTitle': 'Queues · Rampdesk',
  'queues.title': 'Queues',
  'queues.counted': 'Counted {age} · refreshes every few seconds',
  'queues.intro': 'What waits on the team. Open a queue to work it in the transactions table, oldest first.',
  'queues.loading': 'Loading the queues…',
  'queues.loadFailed': 'The queues could not be counted',
  'queues.transactionsUnit': '{count, plural, one {transaction} other {transactions}}',
  'queues.oldest': 'Oldest <0>{age}</0>',
  'queues.nothingWaiting': 'Nothing waiting',
  'queues.lastSevenDays': 'created in the last 7 days',
  'queues.stuck': '{count, plural, other {# stuck}}',
  'queues.stuckLink': '{count, plural, other {# stuck}} in {queue}: show them, longest in status first',
  // One name and description per QUEUE_IDS entry (queue-words.ts): the contract's English stays the BFF's.
  'queues.readyToExecute.name': 'Ready to execute',
  'queues.readyToExecute.description':
    'Off-ramps whose crypto arrived, waiting for an operator to execute the payout.',
  'queues.needsAttention.name': 'Needs attention',
  'queues.needsAttention.description': 'Crypto not seen, or a transfer that must be made by hand.',
  'queues.waitingForUser.name': 'Waiting for the user',
  'queues.waitingForUser.description': 'Created, waiting for the user to pay or for their funds to arrive.',
  'queues.failedOrCancelled.name': 'Failed or cancelled',
  'queues.failedOrCancelled.description': 'Stopped in the last 7 days: failed, cancelled or expired.',
} as const satisfies Record<string, string>;
