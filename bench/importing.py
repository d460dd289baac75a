"""How well importing the four reference policies works: facts kept, services found.

Run: ``.venv/bin/python bench/importing.py`` (needs the shared folder beside the checkout, or
``POLICYWRIGHT_SHARED`` naming it).
For each policy, imported as text and as the web page and Word document the import tests make
from it: the facts of its fact file that the new project's Markdown export states (scored
with the shared ``score.py``, before any proposal is accepted), the recall of the catalog
services it names among the services proposed, and the proposals that name a service it does
not name; then the same facts after every proposal is accepted.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout, for tests.*

from editor.catalog import builtin_catalog
from editor.compose import compose
from editor.export.markdown import export_markdown
from editor.importer import accept_all, import_policy
from editor.model import Project, ProposalKind
from tests.importer.conftest import REFERENCES, need_shared
from tests.importer.test_reference_policies import (
    NAMED_SERVICES,
    _score_module,
    _source,
)


def _facts(project: Project, name: str) -> tuple[int, int]:
    exported = export_markdown(compose(project)).decode()
    _, rows = _score_module().score(str(need_shared() / "eval" / f"{name}.yaml"), exported)
    return sum(1 for row in rows if row[2]), len(rows)


def main() -> None:
    catalog = builtin_catalog()
    print(f"{'policy':16} {'as':5} {'facts':>7} {'accepted':>9} {'recall':>7} {'false':>6}")
    with tempfile.TemporaryDirectory() as folder:
        for name in REFERENCES:
            for fmt in ("txt", "html", "docx"):
                project = import_policy(_source(name, fmt, Path(folder)), catalog)
                found = {
                    p.value for p in project.imported.proposals if p.kind is ProposalKind.SERVICE
                }
                named = NAMED_SERVICES[name]
                kept, total = _facts(project, name)
                after, _ = _facts(accept_all(project, catalog), name)
                print(
                    f"{name:16} {fmt:5} {kept:>3}/{total:<3} {after:>5}/{total:<3} "
                    f"{len(found & named) / len(named):>7.2f} {len(found - named):>6}"
                )


if __name__ == "__main__":
    main()
