"""Storage: SQLAlchemy models, the store the API writes through, schema migrations."""

from service.storage.store import Filters, IdempotencyConflict, Store, Stored, input_hash

__all__ = ["Filters", "IdempotencyConflict", "Store", "Stored", "input_hash"]
