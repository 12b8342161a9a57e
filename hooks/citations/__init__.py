"""Citations: the one bibliography, its APA 7 formatting, and the author–year citations in pages.

- `bibliography`: read `bibliography.bib` with pybtex, entry by entry, and check every entry;
- `apa`: APA 7 labels and reference-list HTML, with the dates in the reader's language;
- `citing`: find `[@key]` citations in Markdown, check them, and render them with a reference list.
"""
