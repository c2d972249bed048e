-- One full-text index over everything a munshi searches: entries, persons, FIRs (and later messages).
-- The default unicode61 tokenizer splits Devanagari words at vowel signs ('चौधरी' would match 'चाधर'),
-- so marks (M*) and private-use (Co) characters count as parts of words.
-- `keys` holds cross-script phonetic keys so 'ayush chaudhary' finds 'आयुष चौधरी' and back.
-- Rows are written by the app in the same transaction as the row they index (no triggers: a trigger
-- that needs an app function would break any raw SQL tool that opens the file).
CREATE VIRTUAL TABLE `search_fts` USING fts5(
  `body`,
  `keys`,
  `kind` UNINDEXED,
  `ref_id` UNINDEXED,
  tokenize = "unicode61 categories 'L* N* Co M*'"
);
