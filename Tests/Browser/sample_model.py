"""What the sample site's incident files say, read straight from them, to check the machine-readable outputs
against: titles, kinds, and how many updates each has. Deliberately simple: the sample files are known."""

import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]

HEADING = re.compile(r"^## (Investigating|Identified|Monitoring|Update|Resolved|Scheduled|In progress|Verifying|Completed) — ",
                     re.MULTILINE)


def incidents():
    """Each incident file as {slug, title, kind, updates}, sorted by slug."""
    result = []
    for path in sorted((ROOT / "incidents").glob("*.md")):
        text = path.read_text()
        front = text.split("---\n")[1]
        title = re.search(r"^title: (.*)$", front, re.MULTILINE).group(1).strip().strip('"')
        kind = "maintenance" if re.search(r"^kind: maintenance$", front, re.MULTILINE) else "incident"
        result.append({"slug": path.stem, "title": title, "kind": kind, "updates": len(HEADING.findall(text))})
    return result
