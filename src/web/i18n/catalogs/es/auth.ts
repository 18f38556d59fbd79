import type { auth as source } from '../en/auth';

/** Spanish (neutral Latin-American) messages of the auth area: every English key, no other. */
export const auth = {
  'auth.signIn.pageTitle': 'Iniciar sesión · Rampdesk',
  'auth.signIn.title': 'Iniciar sesión',
  'auth.signIn.intro': 'Usa el correo electrónico y la contraseña que te dio tu administrador.',
  'auth.signIn.submit': 'Iniciar sesión',
  'auth.signIn.pending': 'Iniciando sesión…',
  'auth.notice.expired': 'Tu sesión terminó. Inicia sesión de nuevo para continuar donde estabas.',
  'auth.notice.signedOut': 'Cerraste sesión.',
  'auth.field.email': 'Correo electrónico',
  'auth.field.password': 'Contraseña',
  'auth.demo.title': 'Agentes del sandbox',
  'auth.demo.intro':
    'Datos de sandbox: estas cuentas solo existen en el sandbox. Inicia sesión con cada rol para ver lo que puede hacer.',
  'auth.demo.email': 'Correo',
  'auth.demo.signInAs': 'Entrar como {role}',
  'auth.demo.signInAsLabel': 'Iniciar sesión como {role} ({email})',
  'auth.signOut.failed': 'Sigues con la sesión iniciada: no se pudo cerrar sesión',
  'auth.password.pageTitle': '{title} · Rampdesk',
  'auth.password.chooseTitle': 'Elige tu contraseña',
  'auth.password.changeTitle': 'Cambiar contraseña',
  'auth.password.chooseIntro':
    'Iniciaste sesión con una contraseña de un solo uso que te dio un administrador. Elige la tuya antes de continuar: solo tú la conocerás, y la contraseña de un solo uso dejará de funcionar.',
  'auth.password.changeIntro':
    'Al cambiar tu contraseña se cierra tu sesión de Rampdesk en todos los demás lugares.',
  'auth.password.sso':
    'Iniciaste sesión con inicio de sesión único (SSO): tu contraseña se administra allí, no en Rampdesk.',
  'auth.password.current': 'Contraseña actual',
  'auth.password.currentHint': 'La contraseña de un solo uso con la que acabas de iniciar sesión.',
  'auth.password.new': 'Contraseña nueva',
  'auth.password.newHint':
    'Al menos {min} caracteres ({length} hasta ahora). Unas cuantas palabras sin relación funcionan bien; no hacen falta símbolos ni dígitos. Se rechazan las contraseñas comunes y las formadas con tu correo o tu nombre.',
  'auth.password.confirm': 'Confirma la contraseña nueva',
  'auth.password.changed': 'Tu contraseña se cambió. Se cerró tu sesión en todos los demás lugares.',
  'auth.password.saving': 'Guardando…',
  'auth.password.chooseSubmit': 'Elegir contraseña',
  'auth.password.changeSubmit': 'Cambiar contraseña',
  'auth.password.set': 'Tu contraseña quedó establecida',
} as const satisfies Record<keyof typeof source, string>;
