"""The service catalog: known third-party services, applying them to a project, scanning a site.

No Qt here: the "Add service" dialog and the scan review live in ``editor.ui``.
"""

from editor.catalog.apply import (
    ServiceAddition,
    ServiceRemoval,
    apply_service,
    removal_for_recipient,
    with_service,
    without_recipient,
)
from editor.catalog.loader import (
    Catalog,
    CatalogDataError,
    CatalogError,
    PersonalEntryError,
    builtin_catalog,
    load_catalog,
    personal_catalog_dir,
)
from editor.catalog.personal import (
    PersonalEntryDraftError,
    entry_from_recipient,
    save_personal_entry,
)
from editor.catalog.scan import ScanReport, scan_file
from editor.catalog.scan_apply import ScanAdditions, scan_additions, with_scan_additions
from editor.catalog.scan_input import ScanInputError
from editor.catalog.schema import CatalogCookie, CatalogEntry, CatalogInfo

__all__ = [
    "Catalog",
    "CatalogCookie",
    "CatalogDataError",
    "CatalogEntry",
    "CatalogError",
    "CatalogInfo",
    "PersonalEntryDraftError",
    "PersonalEntryError",
    "ScanAdditions",
    "ScanInputError",
    "ScanReport",
    "ServiceAddition",
    "ServiceRemoval",
    "apply_service",
    "builtin_catalog",
    "entry_from_recipient",
    "load_catalog",
    "personal_catalog_dir",
    "removal_for_recipient",
    "save_personal_entry",
    "scan_additions",
    "scan_file",
    "with_scan_additions",
    "with_service",
    "without_recipient",
]
