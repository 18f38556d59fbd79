-- An admin-set password (one-time, from the agents CLI or the Agents page) must be replaced by one
-- the agent chooses before they can do anything else (docs/security.md A6).
ALTER TABLE "agents" ADD COLUMN "must_change_password" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
-- Until now every password was set by an admin, who therefore knows it: each agent chooses their own
-- at their next sign-in. Not the sandbox's demo agents, whose passwords are public sample data.
UPDATE "agents" SET "must_change_password" = true
  WHERE "password_hash" IS NOT NULL AND "email" NOT LIKE '%@sandbox.rampdesk.test';
--> statement-breakpoint
-- Cached sessions (src/server/sessions/session-cache.ts) carry the flag: a change to it alone must
-- drop them too, as a change of role, status or password does (0003).
DROP TRIGGER "agents_notify_change" ON "agents";
--> statement-breakpoint
CREATE TRIGGER agents_notify_change AFTER UPDATE OF role, disabled, password_hash, must_change_password OR DELETE
  ON agents FOR EACH ROW EXECUTE FUNCTION rampdesk_notify_change();
