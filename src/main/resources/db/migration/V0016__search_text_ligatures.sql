-- The folded search text now spells ligatures out (œ → oe, æ → ae, ß → ss), as people type them: "coeur"
-- finds "Cœur". Rows saved before keep their search text until saved again: spell them out here. The text
-- is already folded (lower case), and stays within its 530 characters.
UPDATE attraction
SET search_text = LEFT(REPLACE(REPLACE(REPLACE(search_text, 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), 530)
WHERE search_text LIKE '%œ%' OR search_text LIKE '%æ%' OR search_text LIKE '%ß%';
