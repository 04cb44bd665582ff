-- The language the web app speaks to a user; NULL follows the browser's Accept-Language.
ALTER TABLE users ADD COLUMN language TEXT CHECK (language IN ('en', 'vi'));
