# an unknown future feature
from __future__ import annotations, spam
