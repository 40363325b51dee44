"""The optional central server (install extra ``server``): FastAPI over
PostgreSQL, or SQLite as an embedded default for a single office. No Qt.

The server keeps no state in its process: rate-limit counters, pushed
operations, the change sequence and the merge metadata all live in the
database, so several workers or hosts can serve one database.
"""
