import type { admin as source } from '../en/admin';

/** Spanish (neutral Latin-American) messages of the admin area: every English key, no other. */
export const admin = {
  'admin.pageTitle': 'Agentes · Rampdesk',
  'admin.eyebrow': 'Administración',
  'admin.title': 'Agentes',
  'admin.forbiddenAction': 'administrar agentes',
  'admin.intro':
    'Agrega agentes, cambia lo que pueden hacer, restablece su contraseña o desactívalos. Un agente desactivado, o cuya contraseña se restablece, pierde su sesión de inmediato.',
  'admin.loading': 'Cargando agentes',
  'admin.loadFailed': 'No se pudieron cargar los agentes',
  'admin.add.title': 'Agregar un agente',
  'admin.add.submit': 'Agregar agente',
  'admin.add.pending': 'Agregando…',
  'admin.field.email': 'Correo electrónico',
  'admin.field.displayName': 'Nombre visible',
  'admin.field.role': 'Rol',
  'admin.problem.required': '{field}: este campo es obligatorio',
  'admin.problem.empty': '{field}: no puede estar vacío',
  'admin.problem.taken': '{field}: ya está en uso',
  'admin.problem.email': '{field}: debe ser una dirección de correo, p. ej., ana@example.com',
  'admin.problem.tooLong': '{field}: debe tener como máximo {max} caracteres',
  'admin.problem.tooShort': '{field}: debe tener al menos {min} caracteres',
  'admin.problem.role': '{field}: debe ser lector, operador o administrador',
  'admin.problem.controlCharacters': '{field}: no puede contener caracteres de control',
  'admin.problem.other': '{field}: valor no válido ({problem})',
  'admin.error.exists': 'Ya existe un agente con el correo {email}.',
  'admin.error.checkFields': 'Revisa los campos marcados abajo.',
  'admin.error.ownAccount':
    'No puedes desactivar tu propia cuenta ni bajar su rol. Pídeselo a otro administrador.',
  'admin.error.ownPassword':
    'No puedes restablecer tu propia contraseña aquí. Pídeselo a otro administrador, o usa `npm run agents -- reset-password`.',
  'admin.error.notFound': 'No hay ningún agente con este id.',
  'admin.table.agent': 'Agente',
  'admin.table.role': 'Rol',
  'admin.table.access': 'Acceso',
  'admin.table.lastSignIn': 'Último inicio de sesión',
  'admin.table.actions': 'Acciones',
  'admin.table.you': '(tú)',
  'admin.table.roleOf': 'Rol de {email}',
  'admin.table.selfNote':
    'Aquí no puedes cambiar tu propio rol, desactivarte ni restablecer tu propia contraseña; pídeselo a otro administrador.',
  'admin.table.active': 'Activo',
  'admin.table.disabled': 'Desactivado',
  'admin.table.never': 'Nunca',
  'admin.table.resetPassword': 'Restablecer contraseña',
  'admin.table.resetPasswordOf': 'Restablecer la contraseña de {email}',
  'admin.table.enable': 'Activar',
  'admin.table.disable': 'Desactivar',
  'admin.table.enableAgent': 'Activar a {email}',
  'admin.table.disableAgent': 'Desactivar a {email}',
  'admin.change.roleTitle': '¿Cambiar el rol de {name}?',
  'admin.change.roleBody.viewer':
    '{name} ({email}) pasa a ser Lector en lugar de {previous}, y podrá leer transacciones.',
  'admin.change.roleBody.operator':
    '{name} ({email}) pasa a ser Operador en lugar de {previous}, y podrá leer transacciones y ejecutar off-ramps.',
  'admin.change.roleBody.admin':
    '{name} ({email}) pasa a ser Administrador en lugar de {previous}, y podrá ejecutar off-ramps, leer el registro de auditoría y administrar agentes.',
  'admin.change.roleConfirm': 'Cambiar a {role}',
  'admin.change.roleDone': '{name} ahora es {role}.',
  'admin.change.disableTitle': '¿Desactivar a {name}?',
  'admin.change.disableBody':
    'Se cierra la sesión de {name} ({email}) en todas partes de inmediato, y no podrá iniciar sesión hasta que un administrador lo vuelva a activar.',
  'admin.change.disableConfirm': 'Desactivar agente',
  'admin.change.disableDone': 'Se desactivó a {name} y se cerró su sesión.',
  'admin.change.enableTitle': '¿Activar a {name}?',
  'admin.change.enableBody': '{name} ({email}) podrá volver a iniciar sesión con su contraseña, como {role}.',
  'admin.change.enableConfirm': 'Activar agente',
  'admin.change.enableDone': '{name} ya puede volver a iniciar sesión.',
  'admin.reset.title': '¿Restablecer la contraseña de {name}?',
  'admin.reset.confirm': 'Restablecer contraseña',
  'admin.reset.body':
    'La contraseña actual de {name} ({email}) deja de funcionar de inmediato y se cierra su sesión en todas partes. Recibirás una contraseña de un solo uso para entregarle; se muestra una sola vez.',
  'admin.reset.staysDisabled': 'Sigue desactivado: actívalo cuando deba volver a iniciar sesión.',
  'admin.reset.gone':
    '{name} ya no existe, así que no se restableció nada. Cancela para ver la lista actual.',
  'admin.reset.done': 'Se restableció la contraseña de {name} y se cerraron sus sesiones.',
  'admin.otp.addedHeading': '{name} ({email}) se agregó como {role}',
  'admin.otp.addedBody':
    'Entrega esta contraseña de un solo uso al agente; no se volverá a mostrar. Al iniciar sesión con ella, primero deberá elegir su propia contraseña; después deja de funcionar.',
  'admin.otp.resetHeading': 'Se restableció la contraseña de {name} ({email})',
  'admin.otp.resetBody':
    'Entrega esta contraseña de un solo uso al agente; no se volverá a mostrar. Su contraseña anterior ya no funciona. Al iniciar sesión con ella, primero deberá elegir su propia contraseña; después deja de funcionar.',
  'admin.otp.resetDisabledBody':
    'Entrega esta contraseña de un solo uso al agente; no se volverá a mostrar. Podrá iniciar sesión con ella cuando un administrador lo active. Al iniciar sesión con ella, primero deberá elegir su propia contraseña; después deja de funcionar.',
  'admin.otp.password': 'Contraseña de un solo uso',
  'admin.otp.copy': 'Copiar contraseña',
  'admin.otp.copied': 'Copiada',
  'admin.otp.copyFailed': 'No se pudo copiar: selecciona la contraseña y cópiala a mano.',
  'admin.otp.done': 'Listo',
} as const satisfies Record<keyof typeof source, string>;
