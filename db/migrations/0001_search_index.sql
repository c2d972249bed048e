-- One full-text index over everything a munshi searches: entries, persons, FIRs and messages.
-- The default unicode61 tokenizer splits Devanagari words at vowel signs ('चौधरी' would match 'चाधर'),
-- so marks (M*) and private-use (Co) characters count as parts of words.
-- `keys` holds cross-script phonetic keys so 'ayush chaudhary' finds 'आयुष चौधरी' and back.
-- Contentless: the text lives in its own table; the rowid encodes what a row indexes
-- (rowid = id * 8 + kind: 1 entry, 2 person, 3 FIR, 4 message), so nothing is stored twice.
-- Rows are written by the app in the same transaction as the row they index (no triggers: a trigger
-- that needs an app function would break any raw SQL tool that opens the file).
CREATE VIRTUAL TABLE `search_fts` USING fts5(
  `body`,
  `keys`,
  content = '',
  contentless_delete = 1,
  tokenize = "unicode61 categories 'L* N* Co M*'"
);
--> statement-breakpoint
-- Fewer, larger merges: a 200,000-message import otherwise spends much of its time merging segments.
INSERT INTO `search_fts` (`search_fts`, `rank`) VALUES ('crisismerge', 64);
