/** Errors whose messages are written for a person (CLI output, admin UI); safe to show. */

export class AgentInputError extends Error {
  /** Field name (email, displayName, role, password) → what is wrong with it. */
  readonly fields: Record<string, string>;

  constructor(fields: Record<string, string>) {
    super(
      Object.entries(fields)
        .map(([field, problem]) => `${field} ${problem}`)
        .join('; '),
    );
    this.name = 'AgentInputError';
    this.fields = fields;
  }
}

export class AgentExistsError extends Error {
  constructor(readonly email: string) {
    super(`An agent with email ${email} already exists`);
    this.name = 'AgentExistsError';
  }
}

export class AgentNotFoundError extends Error {
  constructor(readonly ref: { email: string } | { id: string }) {
    super('email' in ref ? `No agent with email ${ref.email}` : `No agent with id ${ref.id}`);
    this.name = 'AgentNotFoundError';
  }
}
