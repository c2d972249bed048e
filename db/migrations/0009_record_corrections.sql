ALTER TABLE `entries` ADD `replaces_entry_id` integer;--> statement-breakpoint
ALTER TABLE `entries` ADD `replaced_by_entry_id` integer;--> statement-breakpoint
ALTER TABLE `entry_actions` ADD `gd_number` text;--> statement-breakpoint
ALTER TABLE `entry_actions` ADD `gd_at` text;--> statement-breakpoint
ALTER TABLE `fir_persons` ADD `jailed_at` text;--> statement-breakpoint
ALTER TABLE `fir_persons` ADD `bailed_at` text;--> statement-breakpoint
ALTER TABLE `fir_persons` ADD `surrendered_at` text;--> statement-breakpoint
ALTER TABLE `firs` ADD `closure_number` text;--> statement-breakpoint
ALTER TABLE `firs` ADD `closure_date` text;--> statement-breakpoint
ALTER TABLE `firs` ADD `gd_number` text;--> statement-breakpoint
ALTER TABLE `firs` ADD `gd_at` text;