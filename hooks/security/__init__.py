"""Security: what contributed text may contain, the Content-Security-Policy of every page, and
spreadsheet-safe exports.

- `content_safety`: raw HTML in Markdown limited to an allow-list; no scripts, event
  handlers or `javascript:`/`data:` URLs; front matter and data files are plain text.
- `csp`: the policy written into every built page, with the hash of each inline script.
- `spreadsheet`: CSV cells that a spreadsheet would run as a formula are neutralised.
"""
