import type { queues as source } from '../en/queues';

/** Spanish (neutral Latin-American) messages of the queues area: every English key, no other. */
export const queues = {
  'queues.pageTitle': 'Colas · Rampdesk',
  'queues.title': 'Colas',
  'queues.counted': 'Contadas {age} · se actualizan cada pocos segundos',
  'queues.intro':
    'Lo que espera al equipo. Abre una cola para trabajarla en la tabla de transacciones, de la más antigua a la más reciente.',
  'queues.loading': 'Cargando las colas…',
  'queues.loadFailed': 'No se pudieron contar las colas',
  'queues.transactionsUnit': '{count, plural, one {transacción} other {transacciones}}',
  'queues.oldest': 'La más antigua: <0>{age}</0>',
  'queues.nothingWaiting': 'Nada en espera',
  'queues.lastSevenDays': 'creadas en los últimos 7 días',
  'queues.stuck': '{count, plural, one {# atascada} other {# atascadas}}',
  'queues.stuckLink':
    '{count, plural, one {# atascada en {queue}: verla} other {# atascadas en {queue}: verlas, primero la que lleva más tiempo en su estado}}',
  'queues.readyToExecute.name': 'Listas para ejecutar',
  'queues.readyToExecute.description':
    'Off-ramps cuya cripto ya llegó, esperando que un operador ejecute el pago.',
  'queues.needsAttention.name': 'Requieren atención',
  'queues.needsAttention.description': 'Cripto no recibida, o una transferencia que debe hacerse a mano.',
  'queues.waitingForUser.name': 'Esperando al usuario',
  'queues.waitingForUser.description': 'Creadas, esperando que el usuario pague o que lleguen sus fondos.',
  'queues.failedOrCancelled.name': 'Fallidas o canceladas',
  'queues.failedOrCancelled.description': 'Detenidas en los últimos 7 días: fallidas, canceladas o vencidas.',
} as const satisfies Record<keyof typeof source, string>;
