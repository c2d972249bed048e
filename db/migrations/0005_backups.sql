CREATE TABLE `backups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`dir` text NOT NULL,
	`ok` integer NOT NULL,
	`files` integer NOT NULL,
	`bytes` integer NOT NULL,
	`audit_head` text NOT NULL,
	`error` text
);
--> statement-breakpoint
ALTER TABLE `station` ADD `backup_dir` text;--> statement-breakpoint
ALTER TABLE `station` ADD `lock_minutes` integer DEFAULT 10 NOT NULL;