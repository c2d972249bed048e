CREATE TABLE `entry_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`evidence_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_evidence_unique` ON `entry_evidence` (`entry_id`,`evidence_id`);--> statement-breakpoint
CREATE INDEX `entry_evidence_evidence_idx` ON `entry_evidence` (`evidence_id`);--> statement-breakpoint
CREATE TABLE `entry_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`message_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_messages_unique` ON `entry_messages` (`entry_id`,`message_id`);--> statement-breakpoint
CREATE INDEX `entry_messages_message_idx` ON `entry_messages` (`message_id`);--> statement-breakpoint
CREATE TABLE `evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`mime` text NOT NULL,
	`import_id` integer NOT NULL,
	`stored_at` text NOT NULL,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_sha256_unique` ON `evidence` (`sha256`);--> statement-breakpoint
CREATE INDEX `evidence_import_idx` ON `evidence` (`import_id`);--> statement-breakpoint
CREATE TABLE `evidence_sightings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`evidence_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`source_id` integer NOT NULL,
	`message_id` integer,
	`file_name` text NOT NULL,
	`sender` text,
	`sent_at` text,
	`seen_at` text NOT NULL,
	`dedupe_key` text NOT NULL,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `evidence_sightings_unique` ON `evidence_sightings` (`evidence_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `evidence_sightings_import_idx` ON `evidence_sightings` (`import_id`);--> statement-breakpoint
CREATE TABLE `import_locks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`pid` integer NOT NULL,
	`host` text NOT NULL,
	`started_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `imports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`kind` text NOT NULL,
	`file_name` text,
	`file_sha256` text,
	`format` text,
	`date_order` text,
	`operator_id` integer,
	`started_at` text NOT NULL,
	`finished_at` text NOT NULL,
	`summary` text NOT NULL,
	`digest` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `message_attachments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`position` integer NOT NULL,
	`name` text NOT NULL,
	`evidence_id` integer,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evidence_id`) REFERENCES `evidence`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_attachments_unique` ON `message_attachments` (`message_id`,`position`);--> statement-breakpoint
CREATE INDEX `message_attachments_import_idx` ON `message_attachments` (`import_id`);--> statement-breakpoint
CREATE INDEX `message_attachments_evidence_idx` ON `message_attachments` (`evidence_id`);--> statement-breakpoint
CREATE TABLE `message_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`message_id` integer NOT NULL,
	`info_only` integer DEFAULT false NOT NULL,
	`supplied_sender` text,
	`supplied_sent_at` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`message_id`) REFERENCES `messages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `message_flags_message_id_unique` ON `message_flags` (`message_id`);--> statement-breakpoint
CREATE TABLE `messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_id` integer NOT NULL,
	`import_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`sender` text,
	`sender_phone` text,
	`sent_at` text,
	`text` text NOT NULL,
	`deleted` integer DEFAULT false NOT NULL,
	`edited` integer DEFAULT false NOT NULL,
	`media_omitted` integer DEFAULT false NOT NULL,
	`dedupe_key` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`import_id`) REFERENCES `imports`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `messages_dedupe_unique` ON `messages` (`source_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `messages_order_idx` ON `messages` (`source_id`,`sent_at`,`import_id`,`seq`);
