/** English messages of the admin area (ICU MessageFormat; keys start with `admin.`). */
export const admin = {
  'admin.pageTitle': 'Agents · Rampdesk',
  'admin.eyebrow': 'Admin',
  'admin.title': 'Agents',
  'admin.forbiddenAction': 'manage agents',
  'admin.intro':
    'Add agents, change what they may do, reset their password, or disable them. A disabled agent, or one whose password is reset, is signed out at once.',
  'admin.loading': 'Loading agents',
  'admin.loadFailed': 'Agents could not be loaded',
  // The add-agent form and the BFF's problems with its fields (agent-errors.ts).
  'admin.add.title': 'Add an agent',
  'admin.add.submit': 'Add agent',
  'admin.add.pending': 'Adding…',
  'admin.field.email': 'Email',
  'admin.field.displayName': 'Display name',
  'admin.field.role': 'Role',
  'admin.problem.required': '{field} is required',
  'admin.problem.empty': '{field} must not be empty',
  'admin.problem.taken': '{field} is taken',
  'admin.problem.email': '{field} must be an email address, e.g. ana@example.com',
  'admin.problem.tooLong': '{field} must be at most {max} characters',
  'admin.problem.tooShort': '{field} must be at least {min} characters',
  'admin.problem.role': '{field} must be viewer, operator or admin',
  'admin.problem.controlCharacters': '{field} must not contain control characters',
  'admin.problem.other': '{field} {problem}',
  'admin.error.exists': 'An agent with email {email} already exists.',
  'admin.error.checkFields': 'Check the fields marked below.',
  'admin.error.ownAccount': 'You cannot disable or demote your own account. Ask another admin to do it.',
  'admin.error.ownPassword':
    'You cannot reset your own password here. Ask another admin, or use `npm run agents -- reset-password`.',
  'admin.error.notFound': 'There is no agent with this id.',
  // The agents table.
  'admin.table.agent': 'Agent',
  'admin.table.role': 'Role',
  'admin.table.access': 'Access',
  'admin.table.lastSignIn': 'Last sign-in',
  'admin.table.actions': 'Actions',
  'admin.table.you': '(you)',
  'admin.table.roleOf': 'Role of {email}',
  'admin.table.selfNote':
    'You cannot change your own role, disable yourself or reset your own password here; ask another admin.',
  'admin.table.active': 'Active',
  'admin.table.disabled': 'Disabled',
  'admin.table.never': 'Never',
  'admin.table.resetPassword': 'Reset password',
  'admin.table.resetPasswordOf': 'Reset password of {email}',
  'admin.table.enable': 'Enable',
  'admin.table.disable': 'Disable',
  'admin.table.enableAgent': 'Enable {email}',
  'admin.table.disableAgent': 'Disable {email}',
  // Confirming a change of role or access.
  'admin.change.roleTitle': "Change {name}'s role?",
  'admin.change.roleBody.viewer':
    '{name} ({email}) becomes Viewer instead of {previous}, and may read transactions.',
  'admin.change.roleBody.operator':
    '{name} ({email}) becomes Operator instead of {previous}, and may read transactions and execute off-ramps.',
  'admin.change.roleBody.admin':
    '{name} ({email}) becomes Admin instead of {previous}, and may execute off-ramps, read the audit log and manage agents.',
  'admin.change.roleConfirm': 'Make {role}',
  'admin.change.roleDone': '{name} is now {role}.',
  'admin.change.disableTitle': 'Disable {name}?',
  'admin.change.disableBody':
    '{name} ({email}) is signed out everywhere at once and cannot sign in until an admin enables them again.',
  'admin.change.disableConfirm': 'Disable agent',
  'admin.change.disableDone': '{name} is disabled and signed out.',
  'admin.change.enableTitle': 'Enable {name}?',
  'admin.change.enableBody': '{name} ({email}) can sign in again with their password, as {role}.',
  'admin.change.enableConfirm': 'Enable agent',
  'admin.change.enableDone': '{name} can sign in again.',
  // Resetting a password.
  'admin.reset.title': "Reset {name}'s password?",
  'admin.reset.confirm': 'Reset password',
  'admin.reset.body':
    'The current password of {name} ({email}) stops working at once, and they are signed out everywhere. You get a one-time password to hand over to them; it is shown only once.',
  'admin.reset.staysDisabled': 'They stay disabled: enable them when they should sign in again.',
  'admin.reset.gone': '{name} no longer exists, so nothing was reset. Cancel to see the current list.',
  'admin.reset.done': "{name}'s password was reset and their sessions ended.",
  // The one-time password, shown once.
  'admin.otp.addedHeading': '{name} ({email}) was added as {role}',
  'admin.otp.addedBody':
    'Hand this one-time password to the agent; it will not be shown again. Signing in with it, they must first choose their own password; then it stops working.',
  'admin.otp.resetHeading': 'The password of {name} ({email}) was reset',
  'admin.otp.resetBody':
    'Hand this one-time password to the agent; it will not be shown again. Their old password no longer works. Signing in with it, they must first choose their own password; then it stops working.',
  'admin.otp.resetDisabledBody':
    'Hand this one-time password to the agent; it will not be shown again. They can sign in with it once an admin enables them. Signing in with it, they must first choose their own password; then it stops working.',
  'admin.otp.password': 'One-time password',
  'admin.otp.copy': 'Copy password',
  'admin.otp.copied': 'Copied',
  'admin.otp.copyFailed': 'Copying failed: select the password and copy it by hand.',
  'admin.otp.done': 'Done',
} as const satisfies Record<string, string>;
