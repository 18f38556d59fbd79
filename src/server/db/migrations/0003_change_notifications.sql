-- Changes that in-process caches must see (src/server/db/change-feed.ts), announced by the database
-- itself so that every writer is covered: the repositories, the agents CLI, a script. One channel;
-- the payload is "table:key[:detail]". A session ended or its expiry changed (not the touch of
-- last_seen_at), or an agent's role, status or password changed, drops cached sessions; an execute intent's new state keeps the unsettled-intents index.
CREATE FUNCTION rampdesk_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'sessions' THEN
    PERFORM pg_notify('rampdesk_changes', 'sessions:' || OLD.id);
  ELSIF TG_TABLE_NAME = 'agents' THEN
    PERFORM pg_notify('rampdesk_changes', 'agents:' || OLD.id);
  ELSE
    PERFORM pg_notify('rampdesk_changes', 'execute_intents:' || NEW.transaction_id || ':' || NEW.state
      || ':' || floor(extract(epoch FROM NEW.updated_at) * 1000)::bigint);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER sessions_notify_change AFTER UPDATE OF id, agent_id, expires_at OR DELETE ON sessions
  FOR EACH ROW EXECUTE FUNCTION rampdesk_notify_change();
--> statement-breakpoint
CREATE TRIGGER agents_notify_change AFTER UPDATE OF role, disabled, password_hash OR DELETE ON agents
  FOR EACH ROW EXECUTE FUNCTION rampdesk_notify_change();
--> statement-breakpoint
CREATE TRIGGER execute_intents_notify_change AFTER INSERT OR UPDATE ON execute_intents
  FOR EACH ROW EXECUTE FUNCTION rampdesk_notify_change();
