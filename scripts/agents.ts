/** `npm run agents -- <command>`: manage the agents who may sign in. See `npm run agents -- help`. */
import { runAgentsCli } from '../src/server/agents/agents-cli';

process.exitCode = await runAgentsCli(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
});
