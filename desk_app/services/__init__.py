"""The desk's rules, with no Qt: intake, journal, queries, search normalisation."""
