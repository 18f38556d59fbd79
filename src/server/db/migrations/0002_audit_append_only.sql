-- docs/security.md E5 in the database itself: audit entries are never deleted, and only ever updated to
-- complete a pending attempt or resolve an unknown outcome. Whoever writes to the table (a bug, a
-- script, a future repository) meets these triggers.
CREATE FUNCTION audit_entries_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'audit entries are never deleted' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
    OR NEW.agent_id IS DISTINCT FROM OLD.agent_id
    OR NEW.agent_email IS DISTINCT FROM OLD.agent_email
    OR NEW.transaction_id IS DISTINCT FROM OLD.transaction_id
    OR NEW.transaction_hash IS DISTINCT FROM OLD.transaction_hash
    OR NEW.idempotency_key IS DISTINCT FROM OLD.idempotency_key
    OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
    RAISE EXCEPTION 'what an audit entry records about an attempt never changes'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.outcome = 'pending' AND NEW.outcome <> 'pending' AND NEW.completed_at IS NOT NULL THEN
    RETURN NEW;
  END IF;
  IF OLD.outcome = 'unknown' AND NEW.outcome IN ('succeeded', 'failed') AND NEW.resolved_at IS NOT NULL
    AND NEW.upstream_status IS NOT DISTINCT FROM OLD.upstream_status
    AND NEW.upstream_code IS NOT DISTINCT FROM OLD.upstream_code
    AND NEW.upstream_message IS NOT DISTINCT FROM OLD.upstream_message
    AND NEW.completed_at IS NOT DISTINCT FROM OLD.completed_at THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an audit entry is only updated to complete a pending attempt or resolve an unknown outcome (was %, now %)',
    OLD.outcome, NEW.outcome USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries
  FOR EACH ROW EXECUTE FUNCTION audit_entries_guard();
--> statement-breakpoint
CREATE TRIGGER audit_entries_no_truncate BEFORE TRUNCATE ON audit_entries
  FOR EACH STATEMENT EXECUTE FUNCTION audit_entries_guard();
