"""``tthc-rules keys``: create, list and revoke API keys."""

from __future__ import annotations

from collections.abc import Iterable

import click

from service.cli.common import database_errors, database_option, open_store
from service.trust.auth import (
    ROLES,
    ApiKey,
    KeyError_,
    LastAdminKey,
    check_key_fields,
    create_key,
    list_keys,
    revoke_key,
    utc_text,
)


@click.group("keys")
def keys_command() -> None:
    """API keys (--database or DATABASE_URL): create, list, revoke."""


def _store_action(action, database: str | None = None):
    store = open_store(database)
    return database_errors(store, lambda: action(store))


@keys_command.command("create")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--agency", default=None, help="The agency code a submitter acts for.")
@click.option("--name", default=None, help="Who holds the key, to tell keys apart.")
@database_option
def create_command(role: str, agency: str | None, name: str | None,
                   database: str | None) -> None:
    """Create a key and print its token, which is shown this once."""
    try:
        check_key_fields(role, agency, name)
    except KeyError_ as exc:
        raise click.UsageError(str(exc)) from None
    key, token = _store_action(lambda store: create_key(store, role, agency, name), database)
    click.echo(token)
    click.echo(f"key {key.id}: {role}" + (f" of {agency}" if agency else "")
               + (f" ({name})" if name else "") + " — keep the token above: it is not "
               "stored and cannot be shown again.", err=True)


def _rows(keys: Iterable[ApiKey]) -> list[str]:
    lines = []
    for key in keys:
        item = key.as_dict()
        lines.append(f"{item['id']:>4}  {item['hint']}…  {item['role']:<9}  "
                     f"{item['agency'] or '-':<10}  {item['created_at']}  "
                     f"{'revoked ' + item['revoked_at'] if item['revoked_at'] else 'active'}"
                     f"  {item['name'] or ''}".rstrip())
    return lines


@keys_command.command("list")
@click.option("--json", "as_json", is_flag=True, help="Print the keys as JSON.")
@database_option
def list_command(as_json: bool, database: str | None) -> None:
    """List the keys (never their tokens)."""
    keys = _store_action(list_keys, database)
    if as_json:
        import json
        click.echo(json.dumps([k.as_dict() for k in keys], ensure_ascii=False, indent=2))
        return
    click.echo("\n".join(_rows(keys)) or "no keys")


@keys_command.command("revoke")
@click.argument("key_id", type=int)
@click.option("--last-admin", is_flag=True,
              help="Revoke it even if it is the last active admin key (then only this "
                   "command can create another).")
@database_option
def revoke_command(key_id: int, last_admin: bool, database: str | None) -> None:
    """Revoke the key KEY_ID: requests with it are refused from now on."""
    try:
        key = _store_action(lambda store: revoke_key(store, key_id,
                                                     allow_last_admin=last_admin), database)
    except LastAdminKey as exc:
        raise click.ClickException(f"{exc} (or pass --last-admin)") from None
    if key is None:
        raise click.ClickException(f"no key {key_id}")
    click.echo(f"key {key.id} revoked at {utc_text(key.revoked_at)}")
