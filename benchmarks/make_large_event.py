"""Write a large, clearly synthetic, valid event file with itemized projects and organizations.

    python benchmarks/make_large_event.py --projects 100000 --organizations 100000 --out big.json

Seeded and reproducible. Stated totals, tiers and category counts are computed from the items,
so the file validates without audit findings.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

SOURCE = "synthetic"
REF = {"source": SOURCE, "paragraph": 1}
SECTORS = ["new energy", "biomedicine", "new materials", "electronics", "light metals", "logistics"]
PLACES = ["Synthetic City A", "Synthetic City B", "Synthetic City C", "Synthetic City D"]
CATEGORIES = [
    "Synthetic category: large groups",
    "Synthetic category: champions",
    "Synthetic category: specialists",
    "Synthetic category: leaders",
]
TIERS = [(10.0, None), (5.0, 10.0)]


def fact(value: object, basis: str | None = None) -> dict[str, object]:
    out: dict[str, object] = {"value": value, "refs": [REF]}
    if basis is not None:
        out["basis"] = basis
    return out


def make_event(projects: int, organizations: int, seed: int) -> dict[str, object]:
    rng = random.Random(seed)
    items = []
    for i in range(projects):
        amount = round(min(40.0, rng.lognormvariate(-0.6, 1.1)), 2)
        items.append(
            {
                "name": f"Synthetic project {i + 1:07d}",
                "amount_bn": amount,
                "sector": rng.choice(SECTORS),
                "location": rng.choice(PLACES),
                "investor": f"Synthetic investor {rng.randrange(5000):04d}",
            }
        )
    tiers = []
    for lower, upper in TIERS:
        inside = [
            p["amount_bn"]
            for p in items
            if p["amount_bn"] >= lower and (upper is None or p["amount_bn"] < upper)
        ]
        tier: dict[str, object] = {
            "lower_bn": lower,
            "projects": fact(len(inside)),
            "amount_bn": fact(round(sum(inside), 2)),
        }
        if upper is not None:  # optional fields are omitted, not written as null
            tier["upper_bn"] = upper
        tiers.append(tier)
    orgs = [
        {"name": f"Synthetic organization {i + 1:07d}", "category": rng.choice(CATEGORIES)}
        for i in range(organizations)
    ]
    per_category = {c: sum(1 for o in orgs if o["category"] == c) for c in CATEGORIES}
    return {
        "schema_version": 2,
        "sources": [
            {
                "id": SOURCE,
                "outlet": "eventviewer synthetic benchmark data",
                "title": f"Synthetic event, seed {seed}",
            }
        ],
        "event": {
            "name": fact(
                f"Synthetic benchmark event ({projects:,} projects, "
                f"{organizations:,} organizations)"
            ),
            "theme": fact("Synthetic data for performance tests"),
        },
        "investment": {
            "currency": "CNY",
            "projects": fact(projects, "signed_during_event"),
            "amount_bn": fact(round(sum(p["amount_bn"] for p in items), 2), "signed_during_event"),
            "tiers": tiers,
        },
        "participants": {
            "people": fact(organizations * 2, "attended"),
            "companies": fact(organizations, "attended"),
            "categories": [{"name": c, "count": fact(n)} for c, n in per_category.items()],
        },
        "activities": {
            "main": fact(1),
            "special": fact(3),
            "extension": fact(1),
            "theme_count": fact(3),
            "themes": [{"name": f"Synthetic theme {t}", "refs": [REF]} for t in "ABC"],
        },
        "projects": items,
        "organizations": orgs,
    }


BASES = ("signed_during_event", "signed_at_opening", "solicited", "expected")
PROVINCES = ("Synthetic North", "Synthetic South", "Synthetic East", "Synthetic West")


def make_edition(i: int, seed: int) -> dict[str, object]:
    """A small edition of a synthetic series: varied dates, bases and lower bounds."""
    rng = random.Random(seed * 100_003 + i)
    basis = rng.choice(BASES)
    amount: dict[str, object] = fact(round(rng.uniform(50, 500), 1), basis)
    if rng.random() < 0.2:
        amount["qualifier"] = "more_than"
    year, day = 2000 + i % 30, 1 + i % 28
    return {
        "schema_version": 2,
        "sources": [{"id": SOURCE, "outlet": "eventviewer synthetic benchmark data"}],
        "event": {
            "name": fact(f"Synthetic edition {i + 1:04d}"),
            "opening_date": fact(f"{year}-{1 + i % 12:02d}-{day:02d}"),
            "location": {"city": f"City {i % 97}", "province": rng.choice(PROVINCES)},
        },
        "investment": {
            "currency": "CNY",
            "projects": fact(rng.randrange(10, 600), basis),
            "amount_bn": amount,
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=0)
    parser.add_argument("--organizations", type=int, default=0)
    parser.add_argument("--editions", type=int, help="write this many small edition files")
    parser.add_argument(
        "--out", type=Path, required=True, help="the file (or, with --editions, the folder)"
    )
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if args.editions is not None:
        args.out.mkdir(parents=True, exist_ok=True)
        for i in range(args.editions):
            text = json.dumps(make_edition(i, args.seed), ensure_ascii=False)
            (args.out / f"edition-{i + 1:04d}.json").write_text(text, encoding="utf-8")
        return
    event = make_event(args.projects, args.organizations, args.seed)
    args.out.write_text(json.dumps(event, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
