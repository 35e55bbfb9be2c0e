"""Dagster's SQLite event log, with one engine per database kept open instead of one per event.

Dagster's ``SqliteEventLogStorage`` builds a new SQLAlchemy engine (``NullPool``) for every
write: a run that loads N reports stores N partition materializations, each written to the
run's database and mirrored into ``index.db``, so each event pays two engine creations, two
connections and two WAL checkpoints on close. Measured on this machine (README "Scale"), that is
35–50 ms of CPU per event: at 10,000 reports some 400 s of CPU, taken on two cores from the
extraction processes that bound a backfill. With the engines
kept, an event costs 8-10 ms of CPU (300 partition materializations of one run: 2.4-2.9 s of CPU
against 11.4-14.9 s with the parent class, alternated runs on this machine).

This subclass changes only how connections are made: the same files, schema and migrations
(so an existing ``.dagster_home`` keeps its history), the same lock around every transaction,
and an engine with a small pool per database, kept for the most recently used databases. Other
processes (``dagster dev``'s webserver and daemon) see every commit: SQLite in WAL mode lets a
pooled connection, idle between transactions, read what another process wrote.

Configured in ``dagster.yaml`` (``event_log_storage``); the Dagster home comes from
``DAGSTER_HOME`` there, as every process of this project sets it. A deployment that outgrows
one machine points the instance at Postgres instead (README "The Dagster instance").
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

import sqlalchemy as db
from dagster._config import StringSource
from dagster._core.storage.event_log.sqlite.sqlite_event_log import (
    SQLITE_BUSY_TIMEOUT_SECONDS,
    SqliteEventLogStorage,
)
from dagster._core.storage.sqlite_storage import _event_logs_directory
from dagster._serdes import ConfigurableClassData
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool

# Engines kept open: a run writes to two databases (its own and the index); the webserver reads
# a few runs at a time. Each kept engine holds one SQLite connection (one file handle).
KEPT_ENGINES = 16


def _commit_without_fsync(dbapi_connection: Any, _record: Any) -> None:
    """``synchronous=NORMAL``: in WAL mode a commit no longer waits for the disk (an fsync of the
    WAL per event, ~25-40 ms of wall time on this machine's disk, on the path of every partition a
    run stores); the WAL is synced at checkpoints. The database stays consistent whatever happens;
    a power loss (not a crash of a process) may forget the last events of a run, which a run of
    the same reports writes again (the sensor keys reports by their content hash)."""
    dbapi_connection.execute("PRAGMA synchronous=NORMAL")


class PooledSqliteEventLogStorage(SqliteEventLogStorage):
    """``SqliteEventLogStorage`` whose databases keep their engine (and one pooled connection)."""

    def __init__(self, dagster_home: str, inst_data: ConfigurableClassData | None = None) -> None:
        # (before the parent's init, which may already write to the index database)
        self._engines: OrderedDict[str, Engine] = OrderedDict()
        self._tables_seen: set[str] = set()  # tables of the index database known to exist
        # (the directory Dagster's default storage uses in that home, so its history stays readable)
        super().__init__(_event_logs_directory(dagster_home), inst_data=inst_data)

    @classmethod
    def config_type(cls) -> dict[str, Any]:
        return {"dagster_home": StringSource}

    @classmethod
    def from_config_value(  # ty: ignore[invalid-method-override]
        cls, inst_data: ConfigurableClassData | None, config_value: Mapping[str, Any]
    ) -> PooledSqliteEventLogStorage:
        return cls(inst_data=inst_data, **config_value)

    def _engine(self, shard: str) -> Engine:
        """The shard's engine, created (and its database initialised) on first use."""
        engine = self._engines.get(shard)
        if engine is not None:
            self._engines.move_to_end(shard)
            return engine
        engine = db.create_engine(
            self.conn_string_for_shard(shard),
            poolclass=QueuePool,
            pool_size=1,  # (every transaction holds self._db_lock: one connection at a time)
            max_overflow=2,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS, "check_same_thread": False},
        )
        db.event.listen(engine, "connect", _commit_without_fsync)
        if shard not in self._initialized_dbs:
            self._initdb(engine)
            self._initialized_dbs.add(shard)
        self._engines[shard] = engine
        while len(self._engines) > KEPT_ENGINES:
            self._engines.popitem(last=False)[1].dispose()
        return engine

    @contextmanager
    def _connect(self, shard: str) -> Iterator[Connection]:  # ty: ignore[invalid-method-override]
        # (the engine is looked up under the lock: the LRU of engines is shared by threads)
        with self._db_lock, self._engine(shard).connect() as conn, conn.begin():
            yield conn

    def has_table(self, table_name: str) -> bool:
        # Asked for every event with tags (a partition's data version), inside the index's
        # transaction, and answered by the parent with an engine built each time: a table once
        # there stays there (a migration only adds tables; wipe and upgrade forget what is known).
        if table_name not in self._tables_seen and super().has_table(table_name):
            self._tables_seen.add(table_name)
        return table_name in self._tables_seen

    def _dispose_engines(self) -> None:
        with self._db_lock:
            while self._engines:
                self._engines.popitem()[1].dispose()
            self._tables_seen.clear()

    def wipe(self) -> None:
        self._dispose_engines()  # (the run databases are deleted: no connection may outlive them)
        super().wipe()

    def upgrade(self) -> None:
        self._dispose_engines()
        super().upgrade()

    def dispose(self) -> None:
        self._dispose_engines()
        super().dispose()
