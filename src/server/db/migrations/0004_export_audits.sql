CREATE TABLE "export_audits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent_id" uuid NOT NULL,
	"agent_email" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"finished_at" timestamp with time zone,
	"filters" jsonb NOT NULL,
	"window_from" timestamp with time zone,
	"window_to" timestamp with time zone,
	"rows" integer DEFAULT 0 NOT NULL,
	"outcome" text NOT NULL,
	CONSTRAINT "export_audits_outcome_check" CHECK ("export_audits"."outcome" in ('running', 'completed', 'failed', 'cancelled'))
);
--> statement-breakpoint
ALTER TABLE "export_audits" ADD CONSTRAINT "export_audits_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "export_audits_agent_id_idx" ON "export_audits" USING btree ("agent_id");--> statement-breakpoint
CREATE INDEX "export_audits_started_at_idx" ON "export_audits" USING btree ("started_at");--> statement-breakpoint
-- docs/security.md X3 in the database itself: an export's entry is never deleted, and only ever
-- updated once, to say how a running export ended (rows and outcome), whoever writes to the table.
CREATE FUNCTION export_audits_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'UPDATE' THEN
    RAISE EXCEPTION 'export audit entries are never deleted' USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF NEW.id IS DISTINCT FROM OLD.id
    OR NEW.agent_id IS DISTINCT FROM OLD.agent_id
    OR NEW.agent_email IS DISTINCT FROM OLD.agent_email
    OR NEW.started_at IS DISTINCT FROM OLD.started_at
    OR NEW.filters IS DISTINCT FROM OLD.filters
    OR NEW.window_from IS DISTINCT FROM OLD.window_from
    OR NEW.window_to IS DISTINCT FROM OLD.window_to THEN
    RAISE EXCEPTION 'what an export audit entry records about an export never changes'
      USING ERRCODE = 'integrity_constraint_violation';
  END IF;
  IF OLD.outcome = 'running' AND NEW.outcome <> 'running' AND NEW.finished_at IS NOT NULL THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'an export audit entry is only updated once, to finish a running export (was %, now %)',
    OLD.outcome, NEW.outcome USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER export_audits_append_only BEFORE UPDATE OR DELETE ON export_audits
  FOR EACH ROW EXECUTE FUNCTION export_audits_guard();
--> statement-breakpoint
CREATE TRIGGER export_audits_no_truncate BEFORE TRUNCATE ON export_audits
  FOR EACH STATEMENT EXECUTE FUNCTION export_audits_guard();
