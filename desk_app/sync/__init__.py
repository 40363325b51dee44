"""Synchronisation with the optional central server: protocol DTOs shared by
client and server, merge rules, and the client's sync engine. No Qt."""
