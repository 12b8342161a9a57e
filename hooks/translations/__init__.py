"""Translations: which pages are translated, outdated or missing (stamps), and the termbase that
keeps the field's terms the same on every page and in every data file.

`python -m hooks.translations --start|--stamp|--changes …` runs `stamps.main`.
"""
