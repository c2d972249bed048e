CREATE TABLE `operators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operators_name_unique` ON `operators` (`name`);--> statement-breakpoint
CREATE TABLE `station` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`district` text NOT NULL,
	`code` text,
	`due_days` integer DEFAULT 10 NOT NULL,
	`igrs_due_days` integer DEFAULT 30 NOT NULL,
	`receiving_device` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`phone` text,
	`role` text DEFAULT 'citizen' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `contacts_phone_unique` ON `contacts` (`phone`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`beat` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sources_name_unique` ON `sources` (`name`);--> statement-breakpoint
CREATE TABLE `entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`serial` integer NOT NULL,
	`received_at` text NOT NULL,
	`mode` text NOT NULL,
	`source_id` integer,
	`informant_contact_id` integer,
	`informant_name` text NOT NULL,
	`informant_relative` text,
	`informant_phone` text,
	`informant_role` text,
	`informant_address` text,
	`opponent` text,
	`place` text,
	`beat` text,
	`category` text,
	`summary` text NOT NULL,
	`marked_to` text,
	`status` text DEFAULT 'pending' NOT NULL,
	`due_at` text NOT NULL,
	`disposed_at` text,
	`disposal_note` text,
	`remarks` text,
	`cancel_reason` text,
	`cancelled_at` text,
	`created_by` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`informant_contact_id`) REFERENCES `contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entries_year_serial_unique` ON `entries` (`year`,`serial`);--> statement-breakpoint
CREATE INDEX `entries_received_at_idx` ON `entries` (`received_at`);--> statement-breakpoint
CREATE INDEX `entries_status_due_idx` ON `entries` (`status`,`due_at`);--> statement-breakpoint
CREATE INDEX `entries_source_idx` ON `entries` (`source_id`);--> statement-breakpoint
CREATE TABLE `entry_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`at` text NOT NULL,
	`text` text NOT NULL,
	`status` text,
	`operator_id` integer,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `entry_actions_entry_idx` ON `entry_actions` (`entry_id`,`at`);--> statement-breakpoint
CREATE TABLE `serial_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last_serial` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `entry_firs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entry_id` integer NOT NULL,
	`fir_id` integer NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`fir_id`) REFERENCES `firs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `entry_firs_unique` ON `entry_firs` (`entry_id`,`fir_id`);--> statement-breakpoint
CREATE INDEX `entry_firs_fir_idx` ON `entry_firs` (`fir_id`);--> statement-breakpoint
CREATE TABLE `fir_persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fir_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`role` text NOT NULL,
	`status` text,
	`arrested_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`fir_id`) REFERENCES `firs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fir_persons_unique` ON `fir_persons` (`fir_id`,`person_id`,`role`);--> statement-breakpoint
CREATE INDEX `fir_persons_person_idx` ON `fir_persons` (`person_id`);--> statement-breakpoint
CREATE TABLE `fir_sections` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`fir_id` integer NOT NULL,
	`act` text NOT NULL,
	`section` text NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`fir_id`) REFERENCES `firs`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `fir_sections_unique` ON `fir_sections` (`fir_id`,`act`,`section`);--> statement-breakpoint
CREATE INDEX `fir_sections_section_idx` ON `fir_sections` (`act`,`section`);--> statement-breakpoint
CREATE TABLE `firs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`district` text NOT NULL,
	`station` text NOT NULL,
	`year` integer NOT NULL,
	`number` integer NOT NULL,
	`registered_at` text NOT NULL,
	`io` text,
	`status` text DEFAULT 'under-investigation' NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `firs_identity_unique` ON `firs` (`district`,`station`,`year`,`number`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`relative_name` text,
	`relation` text,
	`age` integer,
	`gender` text,
	`address` text,
	`phone` text,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text,
	`channel` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer NOT NULL,
	`before` text,
	`after` text,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);