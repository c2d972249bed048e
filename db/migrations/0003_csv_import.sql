DROP INDEX `entries_year_serial_unique`;--> statement-breakpoint
ALTER TABLE `entries` ADD `origin_district` text;--> statement-breakpoint
ALTER TABLE `entries` ADD `origin_station` text;--> statement-breakpoint
ALTER TABLE `entries` ADD `imported` text;--> statement-breakpoint
CREATE UNIQUE INDEX `entries_origin_serial_unique` ON `entries` (`origin_district`,`origin_station`,`year`,`serial`) WHERE origin_station IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `entries_year_serial_unique` ON `entries` (`year`,`serial`) WHERE origin_station IS NULL;