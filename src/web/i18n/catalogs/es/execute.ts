import type { execute as source } from '../en/execute';

/** Cómo se ve un hash válido en cada familia de blockchains (contract/chains.ts `txHashFormat`). */
const FORMAT =
  '{family, select, evm {0x seguido de 64 dígitos hexadecimales} solana {una firma base58 de 87 u 88 caracteres} starknet {0x seguido de 1 a 64 dígitos hexadecimales} other {un hash de transacción}}';

const UNKNOWN_OUTCOME =
  'No inicies otra ejecución de esta transacción, ni aquí ni en otra pestaña, y no le pidas a Capa que pague por otros medios: Rampdesk revisa la transacción y registra el resultado en su auditoría.';

/** Spanish (neutral Latin-American) messages of the execute area: every English key, no other. */
export const execute = {
  'execute.button': 'Ejecutar off-ramp',
  'execute.checkingTrail': 'Revisando si esta transacción ya se ejecutó…',
  'execute.trailFailed':
    'Rampdesk no pudo revisar si esta transacción ya se ejecutó, así que no se puede ejecutar por ahora.',
  'execute.checkAgain': 'Revisar de nuevo',
  'execute.offered': 'Paga a la cuenta bancaria del usuario, después de un paso de revisión.',
  'execute.forbiddenAction': 'ejecutar off-ramps',
  'execute.executedBy': 'Ejecutada por {email} el {when}',
  'execute.notAgain': 'Rampdesk no la vuelve a ejecutar.',
  'execute.notAgainPending':
    'Rampdesk no la vuelve a ejecutar. Capa puede seguir mostrándola como pendiente mientras hace el pago.',
  'execute.inProgress': 'Ejecución en curso: la inició {email} el {when}',
  'execute.inProgressWait': 'Espera su resultado aquí; mientras tanto no se acepta otra ejecución.',
  'execute.unknownBy':
    'Resultado desconocido: la ejecución de {email} del {when} no obtuvo una respuesta clara de Capa',
  'execute.unknownWait':
    'No la vuelvas a ejecutar ni le pidas a Capa que pague por otros medios. Rampdesk revisa la transacción y registra el resultado abajo; hasta entonces no se acepta otra ejecución.',
  'execute.stepDetails': 'Paso 1 de 2 · Revisa los datos',
  'execute.stepConfirm': 'Paso 2 de 2 · Confirma',
  'execute.description':
    'Capa paga a la cuenta bancaria del usuario en cuanto esto se ejecuta. Ejecuta solo después de verificar que llegó la cripto del usuario.',
  'execute.closeDialog': 'Cerrar el diálogo',
  'execute.takenWarning':
    '{onIt} ({email}). Todavía puedes ejecutar, pero primero consúltalo con esa persona.',
  'execute.executedToast': 'Off-ramp ejecutado',
  'execute.payingOut': 'Capa está pagando {payout}.',
  'execute.payingOutTo': 'Capa está pagando {payout} a {account}.',
  'execute.cancel': 'Cancelar',
  'execute.review': 'Revisar la ejecución',
  'execute.back': 'Atrás',
  'execute.close': 'Cerrar',
  'execute.rowTransaction': 'Transacción',
  'execute.copyTransactionId': 'Copiar el id de la transacción',
  'execute.rowUser': 'Usuario',
  'execute.rowCrypto': 'Monto en cripto',
  'execute.onChain': 'en {chain}',
  'execute.rowFiat': 'Pago en moneda fiat',
  'execute.rowRate': 'Tipo de cambio',
  'execute.rowBankAccount': 'A la cuenta bancaria',
  'execute.rowWallet': 'Billetera de destino',
  'execute.noBankAccount': 'Esta transacción no tiene cuenta bancaria',
  'execute.accountType': '{type, select, SAVINGS {ahorros} CHECKING {corriente} other {{label}}}',
  'execute.notVerified': 'Capa no la verificó: el pago podría cancelarse.',
  'execute.unknownChain': 'una blockchain desconocida',
  'execute.hashLabel': 'Hash de la transacción',
  'execute.optional': '(opcional)',
  'execute.hashHint': `El hash de la transferencia de cripto del usuario. En {chain}: ${FORMAT}. Déjalo vacío para ejecutar sin hash.`,
  'execute.hashUnknownChain': 'Rampdesk no conoce el formato de hash de {chain}: ejecuta sin hash.',
  'execute.thisChain': 'esta blockchain',
  'execute.hashFormatUnknown': 'Déjalo vacío: no se conoce el formato de hash de esta blockchain.',
  'execute.hashInvalid': `No es un hash de transacción válido de {chain}: se espera ${FORMAT}.`,
  'execute.checkOnExplorer': 'Revisa este hash en {explorer}',
  'execute.theExplorer': 'el explorador de bloques',
  'execute.opensInNewTab': '(se abre en una pestaña nueva)',
  'execute.useInvoiceHash': 'Usar el hash de la factura ({start}…{end})',
  'execute.confirmLegend': 'Confirma la ejecución',
  'execute.willPayOut': 'Capa pagará {amount}.',
  'execute.willPayOutTo': 'Capa pagará {amount} a {account}.',
  'execute.forCrypto': 'A cambio de {amount} en {chain}. Esto mueve dinero y no se puede deshacer.',
  'execute.withHash': 'Con el hash de transacción {hash}',
  'execute.withoutHash': 'Sin hash de transacción.',
  'execute.typeToConfirm': 'Para confirmar, escribe los últimos 4 caracteres del id de la transacción',
  'execute.executing': 'Ejecutando…',
  'execute.executingStatus': 'Ejecutando el off-ramp…',
  'execute.tryAgain': 'Reintentar',
  'execute.requestRef': 'solicitud {id}',
  'execute.nothingExecuted': 'No se ejecutó nada.',
  'execute.sameRequest':
    '“Reintentar” vuelve a enviar esta misma solicitud, que Capa lleva a cabo como máximo una vez.',
  'execute.unknownOutcome': `${UNKNOWN_OUTCOME} “Reintentar” vuelve a enviar esta misma solicitud, que Capa lleva a cabo como máximo una vez.`,
  'execute.waitSeconds': 'Vuelve a intentarlo en {seconds, plural, one {# segundo} other {# segundos}}.',
  'execute.waitMinute': 'Vuelve a intentarlo en un minuto.',
  'execute.failure.pageError.title': 'Algo salió mal en esta página',
  'execute.failure.pageError.message': 'Puede que la ejecución se haya enviado o no. {unknownOutcome}',
  'execute.failure.hashField.title': 'El hash de la transacción no es válido',
  'execute.failure.hashField.message': 'El hash: {problem}.',
  'execute.failure.validationError.title': 'Rampdesk rechazó la solicitud',
  'execute.failure.validationError.message': '{detail} No se ejecutó nada.',
  'execute.failure.invalidTransactionHash.title': 'Capa no aceptó el hash de la transacción',
  'execute.failure.invalidTransactionHash.message':
    'Verifica en el explorador de bloques que sea el hash de la transferencia de cripto del usuario, en la blockchain de esta transacción; luego corrígelo o déjalo vacío. No se ejecutó nada.',
  'execute.failure.transactionNotExecutable.title': 'Esta transacción ya no se puede ejecutar',
  'execute.failure.transactionNotExecutable.message':
    'Capa la rechazó en su estado actual: ya se ejecutó o avanzó a otro estado. El panel ya muestra su estado actual. No se ejecutó nada.',
  'execute.failure.transactionAccessDenied.title': 'Esta transacción no es nuestra',
  'execute.failure.transactionAccessDenied.message':
    'Capa dice que pertenece a otro socio, así que Rampdesk no puede ejecutarla. Verifica el id en el ticket. No se ejecutó nada.',
  'execute.failure.transactionNotFound.title': 'Transacción no encontrada',
  'execute.failure.transactionNotFound.message':
    'Capa no tiene ninguna transacción con este id para nuestra cuenta de socio. No se ejecutó nada.',
  'execute.failure.executeInProgress.title': 'Ya hay una ejecución de esta transacción en curso',
  'execute.failure.executeInProgress.message':
    'Otro agente, o tú en otra pestaña, la inició hace un momento. Espera su resultado en la auditoría en lugar de iniciar otra. Esta solicitud no ejecutó nada.',
  'execute.failure.alreadyExecuted.title': 'Ya ejecutada',
  'execute.failure.alreadyExecuted.message':
    'Rampdesk ya ejecutó esta transacción; no se ejecuta dos veces. El panel indica quién y cuándo. Capa puede seguir mostrándola como “Pendiente” mientras hace el pago.',
  'execute.failure.executeOutcomeUnknown.title': 'Resultado desconocido: Capa no confirmó',
  'execute.failure.executeOutcomeUnknown.message':
    'Puede que Capa haya iniciado el pago o no. {unknownOutcome}',
  'execute.failure.upstreamTimeout.title': 'No se pudo consultar a Capa antes',
  'execute.failure.upstreamTimeout.message': '{detail} {sameRequest}',
  'execute.failure.upstreamBadResponse.title': 'No se pudo consultar a Capa antes',
  'execute.failure.upstreamBadResponse.message': '{detail} {sameRequest}',
  'execute.failure.upstreamUnavailable.title': 'Capa no está disponible',
  'execute.failure.upstreamUnavailable.message': '{detail} {sameRequest}',
  'execute.failure.upstreamRateLimited.title': 'Capa está ocupada',
  'execute.failure.upstreamRateLimited.message':
    'Capa está limitando las solicitudes. No se ejecutó nada. {wait}',
  'execute.failure.upstreamAuthFailed.title': 'Rampdesk no puede comunicarse con Capa',
  'execute.failure.upstreamAuthFailed.message':
    'Capa rechazó la clave de API de socio de Rampdesk: es un problema de configuración del servicio, no de tu sesión. No se ejecutó nada. Avísale a quien administra Rampdesk; reintentar no servirá.',
  'execute.failure.upstreamRejectedInput.title': 'Capa rechazó la solicitud',
  'execute.failure.upstreamRejectedInput.message': '{detail}',
  'execute.failure.upstreamRefused.title': 'Capa no aceptó la solicitud',
  'execute.failure.upstreamRefused.message': '{detail}',
  'execute.failure.rateLimited.title': 'Demasiadas ejecuciones en poco tiempo',
  'execute.failure.rateLimited.message':
    'Rampdesk limita la frecuencia con la que un agente puede ejecutar. No se ejecutó nada. {wait}',
  'execute.failure.overloaded.title': 'Rampdesk está sobrecargado',
  'execute.failure.overloaded.message': 'No se ejecutó nada. {wait}',
  'execute.failure.forbidden.title': 'Tu rol no lo permite',
  'execute.failure.forbidden.message': '{forbidden} No se ejecutó nada.',
  'execute.failure.unauthenticated.title': 'Tu sesión terminó',
  'execute.failure.unauthenticated.message':
    'Vuelve a iniciar sesión y luego revisa la auditoría. No se ejecutó nada.',
  'execute.failure.networkError.title': 'Sin respuesta del servidor de Rampdesk',
  'execute.failure.networkError.message':
    'Puede que la solicitud haya llegado antes de que fallara la conexión. {unknownOutcome}',
  'execute.failure.unexpectedResponse.title': 'Sin respuesta del servidor de Rampdesk',
  'execute.failure.unexpectedResponse.message':
    'Puede que la solicitud haya llegado antes de que fallara la conexión. {unknownOutcome}',
  'execute.failure.invalidResponse.title': 'No se pudo leer la respuesta',
  'execute.failure.invalidResponse.message':
    'El servidor de Rampdesk respondió, pero esta página no pudo leer la respuesta: puede que la ejecución haya funcionado. {unknownOutcome}',
  'execute.failure.other.title': 'La ejecución falló',
  'execute.failure.other.message': '{detail} Revisa la auditoría antes de volver a intentarlo.',
} as const satisfies Record<keyof typeof source, string>;
