-- Live dashboards: every audited change, and an email the mail server refused for good, sends
-- NOTIFY soap_desk_changes with the school's id. NOTIFY inside a transaction is delivered on
-- commit (never for a rollback), and repeats within one transaction are folded into one.
CREATE OR REPLACE FUNCTION soap_desk_notify_change() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('soap_desk_changes', NEW.school_id);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_logs_notify_change
  AFTER INSERT ON "audit_logs"
  FOR EACH ROW EXECUTE FUNCTION soap_desk_notify_change();

CREATE TRIGGER outbox_emails_notify_failure
  AFTER UPDATE OF "status" ON "outbox_emails"
  FOR EACH ROW WHEN (NEW."status" = 'FAILED' AND OLD."status" IS DISTINCT FROM 'FAILED')
  EXECUTE FUNCTION soap_desk_notify_change();
