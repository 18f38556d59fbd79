-- The language an agent chose (a tag of src/contract/locales.ts), stored with the agent so it
-- follows them to any browser; null until they choose one, and the browser's languages decide.
ALTER TABLE "agents" ADD COLUMN "locale" text;
--> statement-breakpoint
-- Cached sessions (src/server/sessions/session-cache.ts) carry the agent, whose locale the session
-- answer reports: a change to it alone must drop them too, as a change of role, status or password
-- does (0003, 0005), or another instance would go on answering the old language.
DROP TRIGGER "agents_notify_change" ON "agents";
--> statement-breakpoint
CREATE TRIGGER agents_notify_change AFTER UPDATE OF role, disabled, password_hash, must_change_password, locale OR DELETE
  ON agents FOR EACH ROW EXECUTE FUNCTION rampdesk_notify_change();
