"""Alembic environment: runs on the connection the service hands over
(``service.storage.migrate``), or on ``$DATABASE_URL`` when run by the ``alembic`` command."""

from alembic import context
from sqlalchemy import create_engine

import service.registry.models  # noqa: F401  (the registry's tables share Base.metadata)
from service.config import settings_from_environment
from service.storage.models import Base

config = context.config
target_metadata = Base.metadata


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata,
                      compare_type=True, render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=settings_from_environment()["DATABASE_URL"],
                      target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif config.attributes.get("connection") is not None:
    run(config.attributes["connection"])
else:
    engine = create_engine(settings_from_environment()["DATABASE_URL"])
    with engine.begin() as conn:
        run(conn)
    engine.dispose()
