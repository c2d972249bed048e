-- Same uniqueness (the dedupe key hashes the time), laid out by time so a chat's inserts land together.
CREATE UNIQUE INDEX `messages_dedupe_by_time_unique` ON `messages` (`source_id`, coalesce(`sent_at`, ''), `dedupe_key`);--> statement-breakpoint
DROP INDEX `messages_dedupe_unique`;
