"""Today's date, pinnable with KB_TODAY=YYYY-MM-DD (tests, previews of a future review).

Only reminders depend on it: no date can make the build fail by itself.
"""

from __future__ import annotations

import datetime
import os


def today() -> datetime.date:
    pinned = os.environ.get("KB_TODAY")
    return datetime.date.fromisoformat(pinned) if pinned else datetime.date.today()
