"""Benchmarks of Maktab's budgets (DESIGN.md §5). Not tests: run with `make bench`."""
