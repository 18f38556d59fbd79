/** English messages of the auth area (ICU MessageFormat; keys start with `auth.`). */
export const auth = {
  'auth.signIn.pageTitle': 'Sign in · Rampdesk',
  'auth.signIn.title': 'Sign in',
  'auth.signIn.intro': 'Use the email and password your admin gave you.',
  'auth.signIn.submit': 'Sign in',
  'auth.signIn.pending': 'Signing in…',
  'auth.notice.expired': 'Your session has ended. Sign in again to continue where you were.',
  'auth.notice.signedOut': 'You have signed out.',
  'auth.field.email': 'Email',
  'auth.field.password': 'Password',
  'auth.demo.title': 'Sandbox agents',
  'auth.demo.intro':
    'Sandbox data: these accounts exist only in the sandbox. Sign in as each role to see what it may do.',
  // Short: beside the address in a narrow column.
  'auth.demo.email': 'Email',
  'auth.demo.signInAs': 'Sign in as {role}',
  'auth.demo.signInAsLabel': 'Sign in as {role} ({email})',
  'auth.signOut.failed': 'You are still signed in: sign-out failed',
  // Choosing or changing a password.
  'auth.password.pageTitle': '{title} · Rampdesk',
  'auth.password.chooseTitle': 'Choose your password',
  'auth.password.changeTitle': 'Change password',
  'auth.password.chooseIntro':
    'You signed in with a one-time password from an admin. Choose your own before you go on: only you will know it, and the one-time password stops working.',
  'auth.password.changeIntro': 'Changing your password signs you out of Rampdesk everywhere else.',
  'auth.password.sso':
    'You signed in through single sign-on: your password is managed there, not in Rampdesk.',
  'auth.password.current': 'Current password',
  'auth.password.currentHint': 'The one-time password you just signed in with.',
  'auth.password.new': 'New password',
  'auth.password.newHint':
    'At least {min} characters ({length} so far). A few unrelated words work well; no symbols or digits needed. Common passwords and ones made of your email or name are refused.',
  'auth.password.confirm': 'Confirm new password',
  'auth.password.changed': 'Your password was changed. You are signed out everywhere else.',
  'auth.password.saving': 'Saving…',
  'auth.password.chooseSubmit': 'Choose password',
  'auth.password.changeSubmit': 'Change password',
  'auth.password.set': 'Your password is set',
} as const satisfies Record<string, string>;
