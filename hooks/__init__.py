"""Checks and renderers for the knowledge base.

Every module here is plain Python that takes paths and text and returns data or
findings. Only the `mkdocs_*` modules know about MkDocs: `mkdocs_checks` runs
the checks in a build, `mkdocs_adapter` the renderers; `check` runs the same
checks from the command line.
"""
