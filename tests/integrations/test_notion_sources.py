"""Notion API 2025-09-03: pages go into one data source of a multi-source database."""

from __future__ import annotations

import httpx
import pytest

from flowhub.integrations.base import BadTarget
from flowhub.integrations.notion import Notion
from flowhub.integrations.outbound import Outbound
from flowhub.storage import Task
from tests.auxil.fake_vendors import CONFIGS, TOKENS, FakeVendors


def _notion(fake: FakeVendors, **config: str) -> Notion:
    url = httpx.URL(fake.url)
    rules = Outbound(https_only=False, allowed_hosts=frozenset({f"{url.host}:{url.port}"}))
    return Notion(
        config={**CONFIGS["notion"], "base_url": f"{fake.url}/notion", **config},
        secrets={"token": TOKENS["notion"]},
        rules=rules,
    )


def _task() -> Task:
    return Task(id=4, workspace_id=1, chat_id=1, creator_id=1, title="Order the flowers")


def test_a_page_goes_into_the_databases_first_data_source(fake: FakeVendors) -> None:
    notion = _notion(fake)
    assert notion.check() == "database “Tasks”"
    notion.push(_task())
    (create,) = fake.of("notion", "POST", "/v1/pages")
    assert create.json["parent"] == {
        "type": "data_source_id",
        "data_source_id": "2f26ee68-df30-4251-aad4-8ddc420cba3d",
    }
    assert fake.problems == []


def test_the_data_source_named_in_the_config_is_used(fake: FakeVendors) -> None:
    notion = _notion(fake, data_source="archive")
    notion.check()
    assert notion.config["title_property"] == "Title"
    assert notion.config["data_source_id"] == "7a1f0c52-3b7e-4a53-9a0e-1d2b3c4d5e6f"


def test_an_unknown_data_source_name_says_which_there_are(fake: FakeVendors) -> None:
    with pytest.raises(BadTarget, match="“Tasks”, “Archive”"):
        _notion(fake, data_source="Backlog").check()


def test_a_connection_made_before_data_sources_finds_its_source_on_first_push(
    fake: FakeVendors,
) -> None:
    old = {"title_property": "Name", "date_property": "Due", "database_title": "Tasks"}
    notion = _notion(fake, **old)
    notion.push(_task())
    assert fake.of("notion", "GET", "/v1/data_sources/")
    assert fake.problems == []
