"""Compressed request bodies (docs/sync-protocol.md, "Compression").

A push is small JSON: a one-field edit is two ops in about 900 bytes, most of
them the protocol's own words (keys, entity and column names) that appear once
per request, so a general compressor barely helps (gzip: about 420 bytes).
Deflate started from a *preset dictionary* of those words sends little more
than what is new: the ids, times and values (about 235 bytes). The dictionary is part of the
protocol: the coding's name carries its version, and the zlib stream carries
the dictionary's Adler-32, so a body made with any other dictionary is refused
(not misread). Changing the dictionary means a new coding name.

No I/O and no server imports: the client compresses, the server's request
guard decompresses, both with these functions.
"""

from __future__ import annotations

import zlib

# Content-Encoding of a push body: the zlib format (RFC 1950, the same as HTTP's
# "deflate") with DICTIONARY preset. Its own name, because a standard "deflate"
# decoder cannot read it without the dictionary.
DICTIONARY_CODING = "maktab-deflate-1"
GZIP = "gzip"
# What the server accepts besides an uncompressed body: the push coding, and
# plain gzip for tools (curl --data-binary @body.gz) and other clients.
REQUEST_CODINGS = (DICTIONARY_CODING, GZIP)

# Frozen with DICTIONARY_CODING: a value that differs by one byte is another
# dictionary (tests pin its checksum). Deflate finds the nearest copy of a
# string, and near copies are cheaper to point at, so what most pushes repeat
# comes last: a field edit's journal entry and update; before them a new
# ticket, its customer, and the words of other rows and values.
DICTIONARY = "".join(
    (
        # Values the desk writes (statuses, channels, roles, journal kinds).
        '"new","open","waiting_customer","waiting_third_party","resolved","closed",'
        '"phone","email","fax","letter","face_to_face","chat","web",'
        '"intake","agent","senior_agent","team_lead","supervisor","admin",'
        '"created","note","contact_logged","assigned","status_changed",'
        '"direction":"inbound","direction":"outbound",',
        # Rows a desk inserts less often, in their column order on the wire.
        '"entity":"organisation","fields":{"name":"","account_number":"","created_at":"',
        '"entity":"asset","fields":{"product":"","model_number":"","serial_number":"",'
        '"licence":"","location":"","customer_id":null,"organisation_id":null,"created_at":"',
        '"entity":"customer","entity_id":"01","kind":"insert","base_version":0,"hlc":"00",'
        '"fields":{"name":"","name_norm":"","phone":"","phone_e164":"","email":"",'
        '"national_id":"","account_number":"","organisation_id":null,"branch_id":"01",'
        '"created_at":"',
        # A new ticket and its first journal entry.
        '"entity":"ticket","entity_id":"01","kind":"insert","base_version":0,"hlc":"00",'
        '"fields":{"branch_id":"01","number":"","subject":"","description":"",'
        '"category":"","channel":"phone","priority":3,"status":"new","tier":1,'
        '"group_id":null,"assignee_id":null,"customer_id":"01","customer_name":"",'
        '"asset_id":null,"equipment_location":"","account_ref":"","licence_ref":"",'
        '"product_ref":"","last_activity_at":"","closed_at":null,"created_at":"',
        '"entity":"ticket_journal","entity_id":"01","kind":"insert","base_version":0,'
        '"hlc":"00","fields":{"ticket_id":"01","kind":"created","at":"',
        # An edit: its journal entry, then the ticket's update.
        '{"client_id":"01","ops":[{"op_id":"01","client_seq":',
        ',"entity":"ticket_journal","entity_id":"01","kind":"insert","base_version":0,'
        '"hlc":"00","fields":{"ticket_id":"01","kind":"field_changed","at":"20',
        'T00:00:00.000000Z","author_id":"01","author_name":"","field":"priority",'
        '"old_value":"","new_value":"","body":"","channel":"","direction":"",'
        '"duration_s":0,"created_at":"20',
        'T00:00:00.000000Z"}},{"op_id":"01","client_seq":',
        ',"entity":"ticket","entity_id":"01","kind":"update","base_version":',
        ',"hlc":"00","fields":{"status":"open"}},{"priority":1}}]}',
    )
).encode("utf-8")


class BodyError(ValueError):
    """A request body that cannot be decoded; the message says why."""


class BodyTooLarge(BodyError):
    """A body that decodes to more than the limit (a zip bomb, or just too much)."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the request body is larger than {limit} bytes once decompressed")
        self.limit = limit


def compress(body: bytes) -> bytes:
    """``body`` in DICTIONARY_CODING."""
    packer = zlib.compressobj(zlib.Z_BEST_COMPRESSION, zlib.DEFLATED, 15, zdict=DICTIONARY)
    return packer.compress(body) + packer.flush()


def decompress(coding: str, data: bytes, limit: int) -> bytes:
    """The body ``data`` encoded with ``coding`` (one of REQUEST_CODINGS).

    Never produces more than ``limit`` bytes, whatever ``data`` claims, and
    raises BodyTooLarge instead; BodyError for anything that is not exactly one
    complete stream (truncated, corrupt, a wrong dictionary, bytes after its end).
    """
    if coding == DICTIONARY_CODING:
        unpacker = zlib.decompressobj(15, zdict=DICTIONARY)
        name = "zlib"
    elif coding == GZIP:
        unpacker = zlib.decompressobj(16 + 15)  # the gzip wrapper, not zlib's
        name = "gzip"
    else:
        raise BodyError(f"unsupported content coding {coding!r}")
    try:
        # One call with an output cap: the work is bounded by ``limit`` too, as
        # inflating stops once the cap is reached, however much input is left.
        body = unpacker.decompress(data, limit + 1)
    except zlib.error as error:
        raise BodyError(f"the request body is not valid {coding}: {_why(error)}") from None
    if len(body) > limit:
        raise BodyTooLarge(limit)
    if not unpacker.eof:
        raise BodyError(f"the request body is an incomplete {name} stream")
    if unpacker.unused_data:
        raise BodyError(f"the request body has data after its {name} stream")
    return body


def _why(error: zlib.error) -> str:
    text = str(error)
    # zlib refuses our dictionary when the stream names another one (by its
    # Adler-32): a body made for another version of the coding.
    if "while setting zdict" in text:
        return "it was made with another dictionary"
    return text.removeprefix("Error -3 while decompressing data: ")
