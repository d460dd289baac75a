"""Nevada's and Delaware's online privacy-policy laws: any website or online service used in the
state, like CalOPPA, whatever the business's size."""

from __future__ import annotations

import pytest

from editor.model import Law, Project, applicable_laws, decide_laws


def _project(regions: list[str], kinds: list[str]) -> Project:
    return Project.model_validate(
        {
            "jurisdictions": {"regions": regions, "is_nonprofit": True},
            "scope": {"properties": [{"kind": kind, "name": "x"} for kind in kinds]},
        }
    )


@pytest.mark.parametrize(
    ("law", "region", "state"),
    [(Law.NV_ONLINE, "nevada", "Nevada"), (Law.DE_OPPA, "delaware", "Delaware")],
)
def test_an_online_service_used_in_the_state_brings_the_law_in(
    law: Law, region: str, state: str
) -> None:
    online = _project([region], ["website"])
    assert law in applicable_laws(online)  # non-profits too: the law has no exemption for them
    reason = next(d.reason for d in decide_laws(online) if d.law is law)
    assert reason == f"You run a website or online service used by people in {state}."
    assert law not in applicable_laws(_project([region], ["premises"]))
    assert law not in applicable_laws(_project(["california"], ["website"]))
