import type { words as source } from '../en/words';

/** Spanish (neutral Latin-American) messages of the words area: every English key, no other. */
export const words = {
  // Estados
  'words.status.FAILED.label': 'Fallida',
  'words.status.FAILED.explanation':
    'El procesamiento falló y no se reintentará; escala a Capa si al usuario se le cobró.',
  'words.status.FAILED.nextStep':
    'Nada por sí sola: escala a Capa con el id de la transacción si se movió dinero.',
  'words.status.COMPLETED.label': 'Completada',
  'words.status.COMPLETED.explanation': 'Terminada: el usuario recibió sus fondos. No pasará nada más.',
  'words.status.COMPLETED.nextStep': 'Nada: ya terminó.',
  'words.status.PENDING.label': 'Pendiente',
  'words.status.PENDING.explanation':
    'Creada y en espera de procesarse; un off-ramp espera aquí hasta que se ejecuta.',
  'words.status.PENDING.nextStep':
    'El usuario paga; un agente ejecuta el off-ramp una vez verificada la cripto del usuario.',
  'words.status.PENDING_PAYMENT.label': 'Pago pendiente',
  'words.status.PENDING_PAYMENT.explanation':
    'Esperando que el usuario envíe el pago (moneda fiat en un on-ramp, cripto en un off-ramp).',
  'words.status.PENDING_PAYMENT.nextStep':
    'Cuando llega el pago avanza sola; una cotización sin pagar vence.',
  'words.status.FIAT_PAYMENT_RECEIVED.label': 'Pago fiat recibido',
  'words.status.FIAT_PAYMENT_RECEIVED.explanation':
    'Se vio el pago bancario del usuario; Capa lo está confirmando antes de enviar la cripto.',
  'words.status.FIAT_PAYMENT_RECEIVED.nextStep':
    'Fiat recibido y luego Capa envía la cripto a la billetera de destino.',
  'words.status.FIAT_RECEIVED.label': 'Fiat recibido',
  'words.status.FIAT_RECEIVED.explanation':
    'Llegó la moneda fiat del usuario; sigue la transferencia de cripto.',
  'words.status.FIAT_RECEIVED.nextStep':
    'Capa envía la cripto; la transacción se completa cuando llega a la billetera.',
  'words.status.CRYPTO_RECEIVED.label': 'Cripto recibida',
  'words.status.CRYPTO_RECEIVED.explanation':
    'Llegó la cripto del usuario; ya se puede ejecutar el off-ramp para pagar en moneda fiat.',
  'words.status.CRYPTO_RECEIVED.nextStep':
    'Un agente ejecuta el off-ramp; después sigue la transferencia bancaria al usuario.',
  'words.status.CRYPTO_NOT_RECEIVED.label': 'Cripto no recibida',
  'words.status.CRYPTO_NOT_RECEIVED.explanation':
    'No se vio la cripto esperada; revisa el hash con el usuario antes de ejecutar.',
  'words.status.CRYPTO_NOT_RECEIVED.nextStep':
    'Pide al usuario el hash de la transacción; si la cripto sí llegó, ejecuta con ese hash.',
  'words.status.COMPLETED_CRYPTO_RECEIVAL.label': 'Recepción de cripto completada',
  'words.status.COMPLETED_CRYPTO_RECEIVAL.explanation':
    'La recepción de la cripto está confirmada en la blockchain; ya se puede ejecutar el pago.',
  'words.status.COMPLETED_CRYPTO_RECEIVAL.nextStep':
    'Un agente ejecuta el off-ramp; después sigue la transferencia bancaria al usuario.',
  'words.status.EXPIRED.label': 'Vencida',
  'words.status.EXPIRED.explanation': 'El usuario no pagó a tiempo; la cotización venció y no se movió nada.',
  'words.status.EXPIRED.nextStep':
    'Nada: el usuario inicia una nueva transacción para obtener una cotización nueva.',
  'words.status.CANCELLED.label': 'Cancelada',
  'words.status.CANCELLED.explanation': 'Se detuvo antes de pagar; el motivo de cancelación dice por qué.',
  'words.status.CANCELLED.nextStep': 'Nada: el usuario inicia una nueva transacción si todavía la quiere.',
  'words.status.IN_PROGRESS.label': 'En proceso',
  'words.status.IN_PROGRESS.explanation':
    'Capa está procesando la transacción; no se necesita nada del usuario.',
  'words.status.IN_PROGRESS.nextStep':
    'Se completa o se detiene con un motivo; escala solo si se queda aquí mucho tiempo.',
  'words.status.BANK_TRANSFER_PENDING.label': 'Transferencia bancaria pendiente',
  'words.status.BANK_TRANSFER_PENDING.explanation':
    'La transferencia bancaria se envió y espera que el banco la liquide.',
  'words.status.BANK_TRANSFER_PENDING.nextStep': 'Se completa cuando el banco liquida la transferencia.',
  'words.status.READY_BANK_TRANSFER.label': 'Lista para transferencia bancaria',
  'words.status.READY_BANK_TRANSFER.explanation':
    'El pago está preparado y la transferencia bancaria está por enviarse.',
  'words.status.READY_BANK_TRANSFER.nextStep':
    'Se envía la transferencia bancaria (Transferencia bancaria pendiente) y luego la transacción se completa.',
  'words.status.AWAITING_MANUAL_CRYPTO_TRANSFER.label': 'Esperando transferencia manual de cripto',
  'words.status.AWAITING_MANUAL_CRYPTO_TRANSFER.explanation':
    'La cripto se debe mover a mano; un agente la verifica y ejecuta el off-ramp.',
  'words.status.AWAITING_MANUAL_CRYPTO_TRANSFER.nextStep':
    'Comprueba en el explorador que la cripto llegó y luego ejecuta el off-ramp.',
  'words.status.AWAITING_MANUAL_FIAT_TRANSFER.label': 'Esperando transferencia manual de fiat',
  'words.status.AWAITING_MANUAL_FIAT_TRANSFER.explanation':
    'El pago en moneda fiat se debe enviar a mano antes de que la transacción pueda completarse.',
  'words.status.AWAITING_MANUAL_FIAT_TRANSFER.nextStep':
    'El pago se envía a mano; después la transacción se completa.',
  'words.status.PENDING_FUNDS.label': 'Fondos pendientes',
  'words.status.PENDING_FUNDS.explanation': 'Esperando que lleguen los fondos de un cross-ramp.',
  'words.status.PENDING_FUNDS.nextStep':
    'Cuando llegan los fondos pasa a Fondos recibidos y luego se hace la conversión.',
  'words.status.FUNDS_RECEIVED.label': 'Fondos recibidos',
  'words.status.FUNDS_RECEIVED.explanation': 'Llegaron los fondos de un cross-ramp; sigue la conversión.',
  'words.status.FUNDS_RECEIVED.nextStep':
    'Capa convierte los fondos y los transfiere a la cuenta bancaria de destino.',
  'words.status.AWAITING_FUND_TRANSFER.label': 'Esperando transferencia de fondos',
  'words.status.AWAITING_FUND_TRANSFER.explanation':
    'El cross-ramp ya se convirtió y espera la transferencia a la cuenta de destino.',
  'words.status.AWAITING_FUND_TRANSFER.nextStep':
    'Se completa cuando se hace la transferencia a la cuenta de destino.',
  'words.statusUnknown.explanation':
    'Un estado que Rampdesk aún no conoce; revisa su significado en el panel de Capa.',
  'words.statusUnknown.nextStep': 'Pregunta a Capa qué significa, citando el id de la transacción.',
  'words.statusGroup.waiting': 'Esperando fondos',
  'words.statusGroup.processing': 'En proceso',
  'words.statusGroup.attention': 'Requieren atención',
  'words.statusGroup.done': 'Completadas',
  'words.statusGroup.stopped': 'Fallidas, canceladas o vencidas',
  // Códigos
  'words.code.BAD_REQUEST': 'Solicitud no entendida',
  'words.code.VALIDATION_ERROR': 'Datos no aceptados',
  'words.code.NOT_FOUND': 'No encontrado',
  'words.code.UNSUPPORTED_MEDIA_TYPE': 'Solicitud no entendida',
  'words.code.PAYLOAD_TOO_LARGE': 'Solicitud demasiado grande',
  'words.code.TRANSACTION_NOT_FOUND': 'Transacción no encontrada',
  'words.code.TRANSACTION_ACCESS_DENIED': 'Pertenece a otro socio',
  'words.code.INVALID_TRANSACTION_HASH': 'Hash no válido para esta blockchain',
  'words.code.TRANSACTION_NOT_EXECUTABLE': 'No está en un estado que se pueda ejecutar',
  'words.code.EXECUTE_IN_PROGRESS': 'Otra ejecución en curso',
  'words.code.ALREADY_EXECUTED': 'Ya ejecutada',
  'words.code.TAKEN_BY_ANOTHER': 'Otro agente la está atendiendo',
  'words.code.EXECUTE_OUTCOME_UNKNOWN': 'Resultado desconocido',
  'words.code.UPSTREAM_REJECTED_INPUT': 'Capa rechazó los datos',
  'words.code.UPSTREAM_TIMEOUT': 'Capa no respondió a tiempo',
  'words.code.UPSTREAM_UNAVAILABLE': 'Capa no está disponible',
  'words.code.UPSTREAM_BAD_RESPONSE': 'No se pudo leer la respuesta de Capa',
  'words.code.UPSTREAM_RATE_LIMITED': 'Capa está limitando las solicitudes',
  'words.code.UPSTREAM_AUTH_FAILED': 'Clave de socio rechazada',
  'words.code.UPSTREAM_REFUSED': 'Capa lo rechazó',
  'words.code.RATE_LIMITED': 'Demasiados intentos',
  'words.code.VIEW_TOO_LARGE': 'Demasiadas transacciones',
  'words.code.VIEW_CHANGED': 'La lista cambió mientras se leía',
  'words.code.UNAUTHENTICATED': 'Sesión no iniciada',
  'words.code.INVALID_CREDENTIALS': 'Correo o contraseña incorrectos',
  'words.code.FORBIDDEN': 'No permitido para este rol',
  'words.code.PASSWORD_CHANGE_REQUIRED': 'Se necesita una contraseña nueva',
  'words.code.WEAK_PASSWORD': 'Contraseña demasiado débil',
  'words.code.PASSWORD_CHANGE_UNAVAILABLE': 'Contraseña gestionada por inicio de sesión único',
  'words.code.CSRF_REQUIRED': 'Solicitud rechazada (falta un encabezado)',
  'words.code.CROSS_ORIGIN_REFUSED': 'Solicitud desde otro sitio rechazada',
  'words.code.HOST_NOT_ALLOWED': 'Dirección no permitida',
  'words.code.HEADERS_TOO_LARGE': 'Encabezados de la solicitud demasiado grandes',
  'words.code.REQUEST_TIMEOUT': 'Solicitud demasiado lenta',
  'words.code.AGENT_NOT_FOUND': 'Agente no encontrado',
  'words.code.AGENT_EXISTS': 'El agente ya existe',
  'words.code.OWN_ACCOUNT_LOCKED': 'No puedes bloquear tu propia cuenta',
  'words.code.OVERLOADED': 'Rampdesk está ocupado',
  'words.code.SHUTTING_DOWN': 'Rampdesk se está reiniciando',
  'words.code.INTERNAL_ERROR': 'Error en Rampdesk',
  'words.code.UNAUTHORIZED': 'Clave de socio rechazada',
  'words.code.INVALID_USER_INPUT_ERROR': 'Capa rechazó los datos',
  // Motivos de cancelación
  'words.reason.NAME_VERIFICATION_FAILED.text':
    'El nombre de la cuenta bancaria no coincide con el nombre verificado del usuario.',
  'words.reason.NAME_VERIFICATION_FAILED.nextStep':
    'Pide al usuario una cuenta a su propio nombre y que inicie una nueva transacción hacia ella.',
  'words.reason.TransactionCancelledByUser.text': 'El usuario canceló la transacción.',
  'words.reason.TransactionCancelledByUser.nextStep':
    'Nada que hacer, salvo que el usuario quiera intentarlo de nuevo: inicia una nueva transacción.',
  'words.reason.QUOTE_EXPIRED.text': 'La cotización venció antes de que la transacción se completara.',
  'words.reason.QUOTE_EXPIRED.nextStep':
    'El usuario inicia una nueva transacción para obtener una cotización nueva.',
  'words.reason.COMPLIANCE_REJECTED.text': 'Los controles de cumplimiento de Capa rechazaron la transacción.',
  'words.reason.COMPLIANCE_REJECTED.nextStep':
    'No compartas detalles de cumplimiento con el usuario; si pregunta, escala a Capa con el id de la transacción.',
  'words.reason.BANK_ACCOUNT_INVALID.text': 'El banco no aceptó los datos de la cuenta bancaria.',
  'words.reason.BANK_ACCOUNT_INVALID.nextStep':
    'Pide al usuario que revise el número de cuenta y el banco, y que inicie una nueva transacción.',
  'words.type.ON_RAMP': 'On-ramp',
  'words.type.OFF_RAMP': 'Off-ramp',
  'words.type.CROSS_RAMP': 'Cross-ramp',
  'words.role.viewer': 'Lector',
  'words.role.operator': 'Operador',
  'words.role.admin': 'Administrador',
  'words.outcome.pending': 'En curso',
  'words.outcome.succeeded': 'Exitoso',
  'words.outcome.failed': 'Fallido',
  'words.outcome.unknown': 'Resultado desconocido',
  'words.outcome.rejected': 'Rechazado',
  'words.currency.MXN': 'Peso mexicano',
  'words.currency.DOP': 'Peso dominicano',
  'words.currency.USD': 'Dólar estadounidense',
  'words.currency.EUR': 'Euro',
  // Después de que Rampdesk ejecutó
  'words.executed.explanation':
    'Ejecutada desde Rampdesk; Capa la sigue mostrando como {status} hasta que empiece su pago.',
  'words.executed.nextStep':
    'Capa paga: En proceso, luego Transferencia bancaria pendiente y luego Completada. Escala solo si se queda aquí mucho tiempo.',
  'words.reasonUnknown.nextStep':
    'Rampdesk aún no tiene indicaciones para este motivo: escala a Capa con el id de la transacción y el código del motivo.',
  'words.auth.signInFailed': 'El correo o la contraseña son incorrectos.',
  'words.auth.currentPasswordWrong': 'Tu contraseña actual es incorrecta.',
  'words.ui.next': 'Qué sigue:',
  'words.ui.cancelled': 'Cancelada:',
  'words.ui.noReason': 'Capa no dio ningún motivo.',
  'words.ui.copyReason': 'Copiar el motivo de cancelación tal como lo envió Capa',
  'words.apiError.sentence': '{words}.',
  'words.apiError.sentenceWait': '{words}. Vuelve a intentarlo en {wait}.',
  'words.clientError.network':
    'No se pudo conectar con el servidor de Rampdesk. Revisa tu conexión de red y vuelve a intentarlo.',
  'words.clientError.invalidResponse':
    'El servidor de Rampdesk envió una respuesta que esta página no pudo leer. Recarga la página; si sigue pasando, reporta el id de la solicitud.',
  'words.clientError.gateway':
    'No se pudo conectar con el servidor de Rampdesk (HTTP {status}). Puede que se esté reiniciando: reintenta en un momento.',
  'words.clientError.unexpected':
    'El servidor de Rampdesk respondió con un error inesperado (HTTP {status}). Reintenta; si sigue fallando, avisa a tu administrador.',
  'words.forbidden.need':
    'Necesitas el rol de {role, select, viewer {lector} operator {operador} admin {administrador} other {{role}}} para {action}. Pídeselo a un administrador.',
  'words.forbidden.needGeneral':
    'Necesitas el rol de {role, select, viewer {lector} operator {operador} admin {administrador} other {{role}}} para esto. Pídeselo a un administrador.',
  'words.forbidden.notAllowed': 'Tu rol no te permite {action}. Pídeselo a un administrador.',
  'words.forbidden.notAllowedGeneral': 'Tu rol no permite esto. Pídeselo a un administrador.',
  'words.wait.seconds': '{seconds, plural, =0 {un segundo} one {un segundo} other {# segundos}}',
  'words.wait.minutes': '{minutes, plural, one {# minuto} other {# minutos}} (a las {time})',
  'words.signIn.failed': 'No se pudo iniciar sesión. Recarga la página y vuelve a intentarlo.',
  'words.signIn.tooMany':
    'Demasiados intentos de inicio de sesión. Espera unos minutos y vuelve a intentarlo.',
  'words.signIn.tooManyWait': 'Demasiados intentos de inicio de sesión. Vuelve a intentarlo en {wait}.',
  'words.password.tooShort':
    'La contraseña nueva es demasiado corta: usa al menos {min} caracteres (tiene {length}).',
  'words.password.mismatch': 'No coincide con la contraseña nueva: escríbela de nuevo.',
  'words.password.failed': 'No se pudo cambiar la contraseña. Recarga la página y vuelve a intentarlo.',
  'words.password.tooMany':
    'Demasiadas contraseñas actuales incorrectas. Espera unos minutos y vuelve a intentarlo.',
  'words.password.tooManyWait': 'Demasiadas contraseñas actuales incorrectas. Vuelve a intentarlo en {wait}.',
} as const satisfies Record<keyof typeof source, string>;
