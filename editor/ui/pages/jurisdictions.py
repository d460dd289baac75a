"""Where your customers are: which privacy laws apply, and why."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from editor.model import Project, Region, decide_laws
from editor.ui.questions import Group, Includes, Info, PageSpec, Question


def _laws(project: Project) -> str:
    tr = QCoreApplication.translate
    rows = []
    for decision in decide_laws(project):
        mark = "✔" if decision.applies else "–"
        name = escape(tr("Fields", decision.law.label))
        reason = escape(tr("Laws", decision.reason))
        weight = "600" if decision.applies else "normal"
        rows.append(
            f"<tr><td style='padding-right:6px'>{mark}</td>"
            f"<td style='font-weight:{weight}; padding-right:12px'>{name}</td>"
            f"<td>{reason}</td></tr>"
        )
    heading = escape(tr("Pages", "Laws your policy is written for"))
    return f"<p><b>{heading}</b></p><table>{''.join(rows)}</table>"


PAGE = PageSpec(
    key="jurisdictions",
    title="Where your customers are",
    intro=(
        "Privacy laws follow the people you serve. Tick every place where you have customers, "
        "visitors or users, and the policy will include what those laws require."
    ),
    policy_sections=("summary", "california"),
    entries=(
        Question(
            "jurisdictions.regions",
            "Where do the people you serve live?",
            hint="Tick all that apply, including places you ship to or advertise in.",
            why=(
                "The GDPR covers anyone who offers goods or services to people in the EU, "
                "wherever the business is based; California, Canada, Brazil and Australia have "
                "their own laws with their own wording."
            ),
        ),
        Question(
            "jurisdictions.is_nonprofit",
            "Are you a non-profit organisation?",
            optional=True,
        ),
        Group(
            "California",
            intro=(
                "The California Consumer Privacy Act applies to for-profit businesses that meet "
                "any one of these thresholds."
            ),
            when=Includes("jurisdictions.regions", Region.CALIFORNIA),
            entries=(
                Question(
                    "jurisdictions.ccpa_revenue_over_threshold",
                    "Is your annual revenue over USD 26.6 million?",
                    hint="The threshold is adjusted every two years; USD 26,625,000 from 2025.",
                ),
                Question(
                    "jurisdictions.ccpa_100k_consumers",
                    "Do you buy, sell or share the data of 100,000 or more California "
                    "residents or households a year?",
                ),
                Question(
                    "jurisdictions.ccpa_half_revenue_from_selling",
                    "Do you make half or more of your revenue from selling or sharing "
                    "personal information?",
                ),
                Question(
                    "jurisdictions.ccpa_10m_consumers",
                    "Do you handle the data of 10 million or more Californians a year?",
                    hint="Then you must publish yearly figures about privacy requests.",
                    optional=True,
                ),
            ),
        ),
        Question(
            "jurisdictions.au_turnover_over_3m",
            "Is your annual turnover over AUD 3 million?",
            hint="Smaller Australian businesses are usually exempt from the Privacy Act.",
            when=Includes("jurisdictions.regions", Region.AUSTRALIA),
        ),
        Info(_laws),
    ),
)
