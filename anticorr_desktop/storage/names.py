"""Names the storage package shares without importing sqlite-utils.

Opening a database that is already up to date needs only these, so the
window's start-up does not pay for importing sqlite-utils (about 55 ms).
"""

# The migrations this program knows, in order (schema.py registers each one
# under the same name and checks this list at import).
MIGRATIONS = (
    "m001_initial",
    "m002_application_id",
    "m003_executors",
    "m004_frame",
    "m005_compact",
)
MIGRATION_SET = "anticorr"

# PRAGMA application_id of our files ("ACOR"): bytes 68-71 of the header say whose file
# it is, so a command pointed at another program's SQLite file refuses it untouched.
APPLICATION_ID = 0x41434F52

# rowid of a full-text entry = source id * FTS_KINDS + kind, so an update deletes by rowid
# (FTS_KINDS was 4 before m005_compact; 8 leaves room for more kinds of source).
FTS_INSTRUCTION, FTS_DECISION, FTS_AGENDA, FTS_REPORT = 0, 1, 2, 3
FTS_KINDS = 8
