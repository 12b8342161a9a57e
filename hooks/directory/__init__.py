"""The practice directory: its entries as a catalogue (table, filters, exports), the evidence
ratings an entry's text must state, and the scaffold for a new entry (`make new-entry`).
"""
