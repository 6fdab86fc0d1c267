# from __future__ imports must come first (after the docstring)
import asyncio
from __future__ import annotations
