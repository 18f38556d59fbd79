CREATE TABLE "status_sightings" (
	"transaction_id" uuid NOT NULL,
	"status" text NOT NULL,
	"first_seen_at" timestamp with time zone NOT NULL,
	CONSTRAINT "status_sightings_transaction_id_status_pk" PRIMARY KEY("transaction_id","status")
);
--> statement-breakpoint
CREATE TABLE "takes" (
	"transaction_id" uuid PRIMARY KEY NOT NULL,
	"agent_id" uuid NOT NULL,
	"agent_email" text NOT NULL,
	"agent_name" text NOT NULL,
	"taken_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	CONSTRAINT "takes_expiry_check" CHECK ("takes"."expires_at" > "takes"."taken_at")
);
--> statement-breakpoint
CREATE TABLE "transaction_activity" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transaction_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"agent_id" uuid NOT NULL,
	"agent_email" text NOT NULL,
	"agent_name" text NOT NULL,
	"text" text,
	"reason" text,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "transaction_activity_kind_check" CHECK ("transaction_activity"."kind" in ('take', 'release', 'note')),
	CONSTRAINT "transaction_activity_shape_check" CHECK (("transaction_activity"."kind" = 'note') = ("transaction_activity"."text" is not null and char_length("transaction_activity"."text") between 1 and 1000)
        and ("transaction_activity"."kind" = 'release') = ("transaction_activity"."reason" is not null and "transaction_activity"."reason" in ('released', 'released-by-admin', 'executed', 'expired')))
);
--> statement-breakpoint
ALTER TABLE "takes" ADD CONSTRAINT "takes_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transaction_activity" ADD CONSTRAINT "transaction_activity_agent_id_agents_id_fk" FOREIGN KEY ("agent_id") REFERENCES "public"."agents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "transaction_activity_transaction_idx" ON "transaction_activity" USING btree ("transaction_id","created_at");--> statement-breakpoint
CREATE INDEX "transaction_activity_created_at_idx" ON "transaction_activity" USING btree ("created_at");--> statement-breakpoint
-- docs/security.md W2 in the database itself, as 0002 does for audit_entries: takes, releases and
-- notes are never edited or deleted, whoever writes to the table.
CREATE FUNCTION transaction_activity_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'transaction activity (takes, releases, notes) is append-only'
    USING ERRCODE = 'integrity_constraint_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER transaction_activity_append_only BEFORE UPDATE OR DELETE ON transaction_activity
  FOR EACH ROW EXECUTE FUNCTION transaction_activity_guard();
--> statement-breakpoint
CREATE TRIGGER transaction_activity_no_truncate BEFORE TRUNCATE ON transaction_activity
  FOR EACH STATEMENT EXECUTE FUNCTION transaction_activity_guard();
