#!/usr/bin/env python3
"""Rebuild resources/catalog/ocd-services.json from the Open Cookie Database's CSV.

    .venv/bin/python scripts/build_catalog.py [CSV] [--commit HASH] [--release FILE]

CSV defaults to ../shared/data/open-cookie-database/cookies-facts.csv beside the checkout; the
commit defaults to the one its README names. Our own additions (kinds, purposes) are in
resources/catalog/ocd-platforms.toml. Re-running with the same inputs writes the same file.
--release also writes the whole catalog as one file, for `policywright catalog update`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from editor.catalog import ocd, update  # noqa: E402
from editor.catalog.loader import GENERATED_FILE, builtin_catalog_dir, load_builtin  # noqa: E402

DEFAULT_CSV = Path("/work/shared/data/open-cookie-database/cookies-facts.csv")


def _commit_from_readme(csv_path: Path) -> str:
    readme = csv_path.with_name("README.md")
    found = (
        re.search(r"commit ([0-9a-f]{40})", readme.read_text(encoding="utf-8"))
        if readme.is_file()
        else None
    )
    if not found:
        raise SystemExit(f"no commit in {readme}; pass --commit")
    return found.group(1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--commit", help="the database's commit the CSV is from")
    parser.add_argument("--release", type=Path, help="also write the catalog as a release file")
    args = parser.parse_args()
    directory = builtin_catalog_dir()
    target = directory / GENERATED_FILE
    # The hand-written entries alone: the generated file must not feed back into itself.
    handwritten = load_builtin(directory, generated=False)
    rows = ocd.read_rows(args.csv.read_text(encoding="utf-8"))
    built = ocd.build(
        rows, ocd.load_editorial(), handwritten, args.commit or _commit_from_readme(args.csv)
    )
    text = json.dumps(built.to_json(), indent=2, ensure_ascii=False) + "\n"
    target.write_text(text, encoding="utf-8")
    total = len(handwritten) + len(built.services)
    cookies = handwritten.cookie_count + built.cookie_count
    where = target.relative_to(ROOT)
    print(f"{where}: {len(built.services)} new services, {built.cookie_count} cookies")
    print(f"catalog: {total} services, {cookies} cookies")
    for reason, count in Counter(s.reason for s in built.skipped).most_common():
        print(f"  skipped {count} row(s): {reason}")
    if args.release:
        release = update.release_from_dir(directory)
        args.release.write_text(release.model_dump_json(indent=2) + "\n", encoding="utf-8")
        print(f"release {release.catalog['version']}: {args.release}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
