"""Benchmarks: build scaling with the catalogue size, and the cost of citation processing."""
