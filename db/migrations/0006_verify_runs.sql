CREATE TABLE `verify_runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`ok` integer NOT NULL,
	`checked` integer NOT NULL,
	`problems` integer NOT NULL,
	`audit_head` text NOT NULL
);
