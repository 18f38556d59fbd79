import type { Agent } from './agent';

function when(date: Date | null): string {
  return date ? `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC` : 'never';
}

/** A plain-text table for the agents CLI; one line per agent, sorted as given. */
export function formatAgentsTable(agents: Agent[]): string {
  if (agents.length === 0) {
    return 'No agents yet. Add one with: npm run agents -- add --email E --name N --role admin';
  }
  const rows = [
    ['EMAIL', 'NAME', 'ROLE', 'STATUS', 'LAST SIGN-IN'],
    ...agents.map((a) => [
      a.email,
      a.displayName,
      a.role,
      a.disabled ? 'disabled' : 'active',
      when(a.lastSignInAt),
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd(),
  );
  lines.push(`${agents.length} ${agents.length === 1 ? 'agent' : 'agents'}`);
  return lines.join('\n');
}
