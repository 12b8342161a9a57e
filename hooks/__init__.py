"""Checks and renderers for the knowledge base.

Every module here is plain Python that takes paths and text and returns data or
findings; `mkdocs_adapter` is the only module that knows about MkDocs, and
`check` runs the same checks from the command line.
"""
