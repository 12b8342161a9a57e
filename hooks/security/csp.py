"""The Content-Security-Policy of every built page, as a `<meta http-equiv>` element.

GitHub Pages sets no response headers, so the policy goes into the page itself,
first in `<head>` (a policy in a meta element applies to what follows it). Scripts
run only from the site's own files and from the inline scripts the theme and the
project write, each allowed by the SHA-256 hash of its exact text, computed from
the HTML actually produced. A script added by anything else, a contributed page
included, is refused by the browser. Styles come only from the site's own files:
no template or page writes a `style` attribute or element (`table_alignment`
turns Python-Markdown's alignment styles into classes), and the theme's
scripts set styles through the CSSOM, which the policy does not restrict.
`frame-ancestors` cannot be set in a meta element: see SECURITY.md for the
headers a host that can set them should send.
"""

from __future__ import annotations

import base64
import hashlib
import re

# Inline <script> elements without src; a type other than JavaScript (the theme's JSON
# configuration) is data, not run, and needs no hash.
INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc\s*=)([^>]*)>(.*?)</script>", re.S | re.I)
DATA_TYPE = re.compile(r"\btype\s*=\s*[\"']?(?!(?:text|application)/javascript|module)[\w/+.-]+", re.I)
HEAD = re.compile(r"<head\b[^>]*>\s*(<meta charset=\"?utf-8\"?>)?", re.I)
ALIGN = re.compile(r' style="text-align: (left|center|right);"')


def script_hashes(html: str) -> list[str]:
    """'sha256-…' of every inline script that a browser would run, in order, without repeats."""
    hashes: list[str] = []
    for match in INLINE_SCRIPT.finditer(html):
        if DATA_TYPE.search(match.group(1)):
            continue
        digest = base64.b64encode(hashlib.sha256(match.group(2).encode("utf-8")).digest()).decode("ascii")
        if f"'sha256-{digest}'" not in hashes:
            hashes.append(f"'sha256-{digest}'")
    return hashes


def policy(hashes: list[str]) -> str:
    """The policy text for a page whose inline scripts have these hashes."""
    return "; ".join([
        "default-src 'self'",
        "script-src " + " ".join(["'self'", *hashes]),
        "style-src 'self'",
        "img-src 'self' data:",  # data: for the theme's inline SVG icons in CSS
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
    ])


def table_alignment(html: str) -> str:
    """Python-Markdown writes column alignment as `style="text-align: …"`, which `style-src 'self'`
    blocks; the same alignment as a class of the site's stylesheet."""
    return ALIGN.sub(lambda m: f' class="kb-align-{m.group(1)}"', html)


def apply(html: str) -> str:
    """`html` with the policy as the first element of its head (after the charset)."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy(script_hashes(html))}">'
    match = HEAD.search(html)
    if match is None:
        return html
    return html[:match.end()] + meta + html[match.end():]
